import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { funnelRows } from "@/lib/campaigns/audience/funnel-rows";
import { emptyFunnel, type FunnelCounts } from "@/lib/campaigns/audience/plan-audience";
import type { CampaignSettings } from "@/lib/campaigns/settings";
import type { CampaignDetail } from "@/lib/campaigns/read-campaign";
import type { Formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";

import { targetLabel } from "../labels";

/** Counts after each suppression step, for the whole campaign and per target, then the split. */
export function AudienceCard({ campaign, funnel, frozenOn, rules, t, f }: {
  campaign: CampaignDetail;
  funnel: { total: FunnelCounts; byTarget: Record<number, FunnelCounts> };
  frozenOn: string | null;
  rules: CampaignSettings;
  t: Messages;
  f: Formatters;
}) {
  const a = t.campaigns.audience;
  const columns = [
    { key: "all", label: a.all, counts: funnel.total },
    ...campaign.targets.map((target) => ({
      key: String(target.id),
      label: targetLabel(t, target),
      counts: funnel.byTarget[target.id] ?? emptyFunnel(),
    })),
  ];
  const rows = columns.map((column) => funnelRows(column.counts));
  const stepLabel = (step: keyof typeof a.steps) =>
    fill(a.steps[step], { days: campaign.excludeBuyersDays ?? 0, touches: rules.frequencyCap.touches, capDays: rules.frequencyCap.days });

  return (
    <Card title={a.title}>
      <p className="mb-3 text-xs text-slate-500">{frozenOn ? fill(a.frozen, { date: frozenOn }) : a.live}</p>
      <Table>
        <thead>
          <tr><Th>{a.step}</Th>{columns.map((column) => <Th key={column.key} numeric>{column.label}</Th>)}</tr>
        </thead>
        <tbody>
          <tr>
            <Td>{a.targeted}</Td>
            {columns.map((column) => <Td key={column.key} numeric>{f.integer(column.counts.targeted)}</Td>)}
          </tr>
          {rows[0].map((row, i) => (
            <tr key={row.step}>
              <Td>{stepLabel(row.step)}</Td>
              {rows.map((columnRows, k) => (
                <Td key={columns[k].key} numeric>
                  <StepCount removed={columnRows[i].removed} remaining={columnRows[i].remaining} a={a} f={f} />
                </Td>
              ))}
            </tr>
          ))}
          <tr className="font-semibold" data-testid="audience-treatment">
            <Td>{a.treatment}</Td>
            {columns.map((column) => <Td key={column.key} numeric>{f.integer(column.counts.treatment)}</Td>)}
          </tr>
          <tr data-testid="audience-holdout">
            <Td>{a.holdout}</Td>
            {columns.map((column) => <Td key={column.key} numeric>{f.integer(column.counts.holdout)}</Td>)}
          </tr>
        </tbody>
      </Table>
    </Card>
  );
}

/**
 * "−18 → 3": the arrow is real text, so copying or a screen reader gets two
 * numbers instead of "−183"; the title spells both out.
 */
function StepCount({ removed, remaining, a, f }: {
  removed: number;
  remaining: number;
  a: Messages["campaigns"]["audience"];
  f: Formatters;
}) {
  if (!removed) return <>{f.integer(remaining)}</>;
  return (
    <span title={`${a.removed}: ${f.integer(removed)} · ${a.remaining}: ${f.integer(remaining)}`}>
      <span className="text-red-700">−{f.integer(removed)}</span>
      <span className="text-slate-400"> → </span>
      {f.integer(remaining)}
    </span>
  );
}
