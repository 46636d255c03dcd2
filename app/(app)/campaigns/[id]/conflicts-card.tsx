import { Card } from "@/components/ui/card";
import type { ConflictReport } from "@/lib/campaigns/audience/find-conflicts";
import type { Formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";

/** A warning, shown only when some customer would get two different offers at once. */
export function ConflictsCard({ report, t, f }: { report: ConflictReport; t: Messages; f: Formatters }) {
  const a = t.campaigns.audience;
  if (report.customers === 0 && report.unchecked.length === 0) return null;
  const examples = [...new Map(report.sample.map((s) => [`${s.ourOffer}|${s.theirOffer}`, s])).values()].slice(0, 3);
  return (
    <Card title={a.conflictsTitle} className="border-amber-300 bg-amber-50">
      <div role="note" className="space-y-2 text-sm text-amber-900">
        {report.customers > 0 && <p>{fill(a.conflicts, { count: f.integer(report.customers) })}</p>}
        <ul className="list-disc pl-5">
          {report.byCampaign.map((c) => (
            <li key={c.campaignId}>{fill(a.conflictWith, { name: c.name, count: f.integer(c.customers) })}</li>
          ))}
          {examples.map((s) => (
            <li key={`${s.ourOffer}|${s.theirOffer}`}>{fill(a.conflictExample, { ours: s.ourOffer, theirs: s.theirOffer })}</li>
          ))}
        </ul>
        {report.unchecked.length > 0 && <p className="text-xs">{fill(a.unchecked, { names: report.unchecked.join(", ") })}</p>}
      </div>
    </Card>
  );
}
