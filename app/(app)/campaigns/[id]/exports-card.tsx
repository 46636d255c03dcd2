import { Card } from "@/components/ui/card";
import type { ExportKind } from "@/lib/campaigns/exports/audience-file";
import type { Formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";

/** Download links per channel with the rows each file holds; none before launch (counts null). */
export function ExportsCard({ campaignId, counts, t, f }: {
  campaignId: number;
  counts: Record<ExportKind, number> | null;
  t: Messages;
  f: Formatters;
}) {
  const e = t.campaigns.exports;
  return (
    <Card title={e.title}>
      <p className="mb-3 text-xs text-slate-500">{e.hint}</p>
      {counts === null ? (
        <p className="text-sm text-slate-600">{e.notYet}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {(Object.keys(counts) as ExportKind[]).map((kind) => (
            <li key={kind} className="flex items-center justify-between gap-4">
              {counts[kind] > 0 ? (
                <a href={`/api/campaigns/${campaignId}/export/${kind}`} download className="font-medium text-indigo-700 hover:underline">
                  {e[kind]}
                </a>
              ) : (
                <span className="text-slate-400">{e[kind]}</span>
              )}
              <span className="tabular text-slate-600">{fill(e.rows, { count: f.integer(counts[kind]) })}</span>
            </li>
          ))}
        </ul>
      )}
      {counts !== null && <p className="mt-3 text-xs text-slate-500">{e.afterLaunch}</p>}
    </Card>
  );
}
