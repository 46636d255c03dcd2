import { z } from "zod";

import { HeatTable } from "@/components/charts/heat-table";
import { ParetoChart } from "@/components/charts/pareto-chart";
import { Card } from "@/components/ui/card";
import { Definitions } from "@/components/ui/definitions";
import { PageHeader } from "@/components/ui/page-header";
import { ToggleLinks } from "@/components/ui/toggle-links";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { cohortLines } from "@/lib/metrics/cohort-view";
import { readPareto, topShare } from "@/lib/metrics/read-pareto";
import { readPeriods } from "@/lib/metrics/snapshots/read-movement";
import { readCohorts } from "@/lib/metrics/snapshots/read-trends";

import { NoHistory } from "../no-history";
import { structurePageContext } from "../page-context";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.structureTabs.cohorts);

const query = z.object({
  measure: z.enum(["customers", "revenue"]).default("customers").catch("customers"),
});

export default async function CohortsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { t, locale, f, db, summary, models, described } = await structurePageContext();
  const periods = readPeriods(db);
  if (periods.length === 0)
    return <NoHistory title={t.cohorts.title} message={t.movement.noHistory} />;
  const { measure } = query.parse(await searchParams);
  const lines = cohortLines(
    readCohorts(db),
    (position) => periods[position - 1]?.key ?? String(position),
  );
  const ages = periods.map((_, age) => age);
  const laterShares = lines.flatMap((l) => l.cells.filter((c) => c.age > 0).map((c) => c.share));
  const [topShareSeen, topRevenue] = [
    Math.max(0.01, ...laterShares),
    Math.max(1, ...lines.flatMap((l) => l.cells.map((c) => c.revenue))),
  ];
  const pareto = readPareto(db);
  const period = t.periodKinds[models.snapshotPeriod];
  const toggles = (["customers", "revenue"] as const).map((value) => ({
    href: `/structure/cohorts?measure=${value}`,
    label: value === "customers" ? t.cohorts.byCustomers : t.cohorts.byRevenue,
    active: measure === value,
  }));

  return (
    <>
      <PageHeader
        title={t.cohorts.title}
        description={summary.asOf ? fill(t.common.asOf, { date: f.day(summary.asOf) }) : undefined}
      />
      <div className="grid grid-cols-1 gap-6">
        <Card
          title={t.cohorts.heatmap}
          action={<ToggleLinks options={toggles} />}
        >
          <HeatTable
            label={t.cohorts.heatmap}
            corner={t.cohorts.cohort}
            noteLabel={t.cohorts.size}
            columns={ages.map((age) => ({ key: String(age), label: f.integer(age) }))}
            rows={lines.map((line) => ({
              key: line.cohort,
              label: f.period(line.cohort),
              note: f.integer(line.size),
              cells: ages.map((age) => {
                const cell = line.cells.find((c) => c.age === age);
                if (!cell) return null;
                const money = f.money(cell.revenue, summary.currency, { compact: true });
                return measure === "customers"
                  ? {
                      text: f.percent(cell.share),
                      title: `${f.integer(cell.customers)} · ${money}`,
                      intensity: Math.min(1, cell.share / topShareSeen),
                    }
                  : {
                      text: money,
                      title: `${f.integer(cell.customers)} · ${f.percent(cell.share)}`,
                      intensity: cell.revenue / topRevenue,
                    };
              }),
            }))}
          />
          <p className="mt-3 text-xs text-slate-500">
            {fill(t.cohorts.hint, {
              period,
              measure:
                measure === "customers" ? t.cohorts.measureCustomers : t.cohorts.measureRevenue,
            })}
          </p>
        </Card>
        <Card title={t.cohorts.pareto}>
          <ParetoChart
            points={pareto}
            locale={locale}
            labels={{ customers: t.cohorts.customersAxis, revenue: t.cohorts.revenueAxis }}
          />
          <p className="mt-3 text-sm text-slate-700">
            {fill(t.cohorts.paretoSummary, {
              top20: f.percent(topShare(pareto, 0.2)),
              top1: f.percent(topShare(pareto, 0.01)),
            })}
          </p>
          <p className="mt-1 text-xs text-slate-500">{t.cohorts.paretoHint}</p>
        </Card>
      </div>
      <Definitions label={t.definitions.label} lines={[described.history, described.money]} />
    </>
  );
}
