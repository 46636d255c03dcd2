import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { CampaignDetail } from "@/lib/campaigns/read-campaign";
import type { Formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";
import { dayToIso } from "@/lib/ingest/normalise/dates";

import { targetLabel } from "../labels";

/** What the campaign is: terms, money, who drafted and approved it. */
export function PlanCard({ campaign, authors, thresholdMinor, projectedCostMinor, t, f }: {
  campaign: CampaignDetail;
  authors: { createdBy: string | null; approvedBy: string | null };
  thresholdMinor: number;
  /** What contacting the audience as it stands would cost; null once launched (or unknown). */
  projectedCostMinor: number | null;
  t: Messages;
  f: Formatters;
}) {
  const c = t.campaigns;
  const money = (minor: number) => f.money(minor / 100, campaign.currency);
  const facts: [string, string][] = [
    [c.plan.goal, c.goals[campaign.goal]],
    [c.plan.dates, `${f.day(dayToIso(campaign.startDay))} – ${f.day(dayToIso(campaign.endDay))}`],
    [c.plan.window, f.day(dayToIso(campaign.startDay + campaign.attributionDays - 1))],
    [c.plan.holdout, f.percent(campaign.holdoutShare)],
    [c.plan.costModel, fill(c.plan.costModelValue, { fixed: money(campaign.fixedCostMinor), perContact: money(campaign.costPerContactMinor) })],
    [c.plan.budget, money(campaign.budgetMinor)],
    ...(projectedCostMinor === null ? []
      : [[c.plan.projectedCost, money(projectedCostMinor)] as [string, string]]),
    [c.plan.margin, f.percent(campaign.marginRate)],
    [c.plan.createdBy, authors.createdBy ?? "—"],
    ...(authors.approvedBy ? [[c.plan.approvedBy, authors.approvedBy] as [string, string]] : []),
    ...(campaign.reviewNote ? [[c.plan.reviewNote, campaign.reviewNote] as [string, string]] : []),
  ];
  const approval = campaign.budgetMinor > thresholdMinor ? c.plan.needsApproval : c.plan.underThreshold;

  return (
    <Card title={c.plan.summary}>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-4 border-b border-slate-100 py-1">
            <dt className="whitespace-nowrap text-slate-500">{label}</dt>
            <dd className="tabular text-right font-medium text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-500">{fill(approval, { amount: money(thresholdMinor) })}</p>
      {projectedCostMinor !== null && projectedCostMinor > campaign.budgetMinor && (
        <p role="alert" className="mt-2 text-sm text-red-700" data-testid="over-budget">
          {fill(c.plan.overBudget,
            { cost: money(projectedCostMinor), budget: money(campaign.budgetMinor) })}
          {" "}{c.plan.overBudgetHint}
        </p>
      )}
    </Card>
  );
}

/** The content per target and variant, under the core message they all share. */
export function ContentCard({ campaign, t, f }: { campaign: CampaignDetail; t: Messages; f: Formatters }) {
  const c = t.campaigns;
  return (
    <Card title={c.plan.targetsTitle}>
      {campaign.coreMessage && (
        <p className="mb-3 rounded-md bg-slate-50 p-3 text-sm text-slate-700">
          <span className="font-medium">{f.labelled(c.plan.coreMessage, "")}</span>
          {campaign.coreMessage}
        </p>
      )}
      <Table>
        <thead>
          <tr>
            <Th>{c.editor.target}</Th><Th>{c.editor.variant}</Th><Th>{c.editor.channel}</Th>
            <Th>{c.editor.message}</Th><Th>{c.editor.offer}</Th><Th numeric>{c.editor.weight}</Th><Th numeric>{c.plan.contactLimit}</Th>
          </tr>
        </thead>
        <tbody>
          {campaign.targets.flatMap((target) =>
            target.variants.map((variant, i) => (
              <tr key={variant.id}>
                <Td>{i === 0 ? fill(c.plan.targetOf, { kind: c.targetKinds[target.kind], name: targetLabel(t, target) }) : ""}</Td>
                <Td>{variant.label}</Td>
                <Td>{c.channels[variant.channel]}</Td>
                <Td>{variant.message || "—"}</Td>
                <Td>{variant.offer || "—"}</Td>
                <Td numeric>{f.decimal(variant.weight)}</Td>
                <Td numeric>{i === 0 ? (target.contactLimit === null ? c.plan.noLimit : f.integer(target.contactLimit)) : ""}</Td>
              </tr>
            )),
          )}
        </tbody>
      </Table>
    </Card>
  );
}
