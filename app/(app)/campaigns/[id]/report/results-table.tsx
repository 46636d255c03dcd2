import { Table, Td, Th } from "@/components/ui/table";
import type { CampaignResult } from "@/lib/campaigns/campaign-result";
import { pValueClause } from "@/lib/campaigns/report/chart-rows";
import type { Formatters } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/locales";

/** Every measure for a list of groups (campaign, targets or variants), one row each; the holdout's figure sits under the contacted group's. */
export function ResultsTable({ rows, currency, locale, t, f }: {
  rows: { key: string; label: string; result: CampaignResult }[];
  currency: string;
  locale: Locale;
  t: Messages;
  f: Formatters;
}) {
  const c = t.campaigns.report.columns;
  const rate = (n: number | null) => (n === null ? "—" : f.percent(n));
  const money = (minor: number | null) => (minor === null ? "—" : f.money(minor / 100, currency));
  const under = (text: string) => <span className="block text-xs whitespace-nowrap text-slate-500">{text}</span>;
  const uplift = (r: CampaignResult) => {
    const ci = r.test.upliftCi;
    return <>{rate(r.rateUplift)}{ci && under(`${rate(ci.lower)} … ${rate(ci.upper)}`)}</>;
  };

  return (
    <Table dense>
      <thead>
        <tr>
          <Th>{c.group}</Th><Th numeric>{c.audience}</Th><Th numeric>{c.treatmentRate}</Th><Th numeric>{c.uplift}</Th>
          <Th numeric>{c.revenuePerCustomer}</Th><Th numeric>{c.incrementalRevenue}</Th><Th numeric>{c.cost}</Th>
          <Th numeric>{c.roi}</Th><Th numeric>{c.chanceToBeat}</Th><Th>{c.verdict}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, result: r }) => (
          <tr key={key}>
            <Td>{label}</Td>
            <Td numeric>{f.integer(r.treatment.audience)}{under(f.integer(r.holdout.audience))}</Td>
            <Td numeric>{rate(r.treatment.responseRate)}{under(rate(r.holdout.responseRate))}</Td>
            <Td numeric>{uplift(r)}</Td>
            <Td numeric>{money(r.treatment.revenuePerCustomer)}{under(money(r.holdout.revenuePerCustomer))}</Td>
            <Td numeric>{money(r.incrementalRevenue)}{under(money(r.incrementalMargin))}</Td>
            <Td numeric>{money(r.cost)}</Td>
            <Td numeric>{r.roi === null ? "—" : f.percent(r.roi)}</Td>
            <Td numeric>{r.chanceToBeat === null ? "—" : f.percent(r.chanceToBeat)}{under(`p ${pValueClause(r.test.pValue, locale)}`)}</Td>
            <Td>{t.campaigns.report.verdictShort[r.verdict]}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
