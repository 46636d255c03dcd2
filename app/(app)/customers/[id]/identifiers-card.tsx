import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Formatters } from "@/lib/i18n/format";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { fill, type Messages } from "@/lib/i18n/locales";
import type { JoinExplanation, ProfileIdentifierDetail } from "@/lib/profiles/read-identifiers";

import { SplitForm } from "./split-form";

type Props = { profileId: number; identifiers: ProfileIdentifierDetail[]; canEdit: boolean; t: Messages; f: Formatters };

/** Every identifier with where and when it was seen and why it is here; a split form for editors. */
export function IdentifiersCard({ profileId, identifiers, canEdit, t, f }: Props) {
  const p = t.profile;
  const day = (d: number | null) => (d === null ? "—" : f.day(dayToIso(d)));
  const table = (
    <Table>
      <thead>
        <tr>
          {/* Wide enough that a Chinese heading does not stack one character a line. */}
          {canEdit && <Th><span className="block min-w-20">{p.split.pick}</span></Th>}
          <Th>{p.columns.kind}</Th>
          <Th>{p.columns.value}</Th>
          <Th>{p.sources}</Th>
          <Th>{p.identifierColumns.firstSeen}</Th>
          <Th>{p.identifierColumns.lastSeen}</Th>
          <Th>{p.identifierColumns.joined}</Th>
        </tr>
      </thead>
      <tbody>
        {identifiers.map((identifier) => (
          <tr key={identifier.id}>
            {canEdit && (
              <Td>
                <input
                  type="checkbox"
                  name="move"
                  value={identifier.id}
                  aria-label={`${p.split.pick}: ${identifier.value}`}
                />
              </Td>
            )}
            <Td>
              <span className="whitespace-nowrap">
                {p.kind[identifier.kind as keyof typeof p.kind] ?? identifier.kind}
              </span>
            </Td>
            <Td><span className="font-mono text-xs break-words">{identifier.value}</span></Td>
            <Td>{identifier.sources.join(", ") || "—"}</Td>
            <Td><span className="whitespace-nowrap">{day(identifier.firstDay)}</span></Td>
            <Td><span className="whitespace-nowrap">{day(identifier.lastDay)}</span></Td>
            <Td>
              <span className="text-xs text-slate-600">{explain(identifier.joined, t, f)}</span>
              {identifier.status && (
                <div className="mt-1"><Badge label={p.status[identifier.status]} colorVar="--identity-held" /></div>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
  return (
    <Card title={p.identifiers} className="lg:col-span-3">
      {canEdit && identifiers.length > 1 ? <SplitForm profileId={profileId} t={p.split}>{table}</SplitForm> : table}
    </Card>
  );
}

function explain(joined: JoinExplanation | null, t: Messages, f: Formatters): string {
  if (!joined) return t.profile.joined.canonical;
  const via = `${t.profile.kind[joined.viaKind as keyof typeof t.profile.kind] ?? joined.viaKind} ${joined.viaValue}`;
  return fill(t.profile.joined[joined.rule], {
    via,
    source: joined.source ?? "—",
    importId: joined.importId ?? "—",
    by: joined.mergedBy ?? "—",
    date: joined.mergedAt ? f.day(joined.mergedAt) : "—",
  });
}
