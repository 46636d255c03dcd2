import { Card } from "@/components/ui/card";
import type { Formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";
import type { IdentityEvent } from "@/lib/profiles/read-identity-history";

/** Who merged or split this profile by hand, and when. */
type Props = { events: IdentityEvent[]; t: Messages["profile"]["history"]; f: Formatters };

export function HistoryCard({ events, t, f }: Props) {
  if (events.length === 0) return null;
  return (
    <Card title={t.title} className="mt-6">
      <ul className="space-y-1 text-sm text-slate-700" data-testid="identity-history">
        {events.map((event, i) => (
          <li key={i}>
            {fill(t[event.kind], { by: event.by, date: f.day(event.at), identifiers: event.identifiers.join(", ") })}
          </li>
        ))}
      </ul>
    </Card>
  );
}
