import Link from "next/link";
import { z } from "zod";

import { HeatTable } from "@/components/charts/heat-table";
import { ParetoChart } from "@/components/charts/pareto-chart";
import { Card } from "@/components/ui/card";
import { Definitions } from "@/components/ui/definitions";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { cohortLines } from "@/lib/metrics/cohort-view";
import { describeModels } from "@/lib/metrics/describe-models";
import { readPareto, topShare } from "@/lib/metrics/read-pareto";
import { readPeriods } from "@/lib/metrics/snapshots/read-movement";
import { readCohorts } from "@/lib/metrics/snapshots/read-trends";
import { readSummary } from "@/lib/metrics/summary";
import { readSettings } from "@/lib/settings/read-settings";

import { NoHistory } from "../no-history";

export const dynamic = "force-dynamic";
export const metadata = { title: "Cohorts" };

const query = z.object({
  measure: z.enum(["customers", "revenue"]).default("customers").catch("customers"),
});

export default async function CohortsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  await requirePageRole();
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const db = getDb();
  const periods = readPeriods(db);
  if (periods.length === 0)
    return <NoHistory title={t.cohorts.title} message={t.movement.noHistory} />;
  const { measure } = query.parse(await searchParams);
  const summary = readSummary(db);
  const [models, general] = [readSettings(db, "models"), readSettings(db, "general")];
  const described = describeModels(t, f, { models, general, currency: summary.currency });
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
  const tab = (value: typeof measure, label: string) => (
    <Link
      href={`/structure/cohorts?measure=${value}`}
      aria-current={measure === value ? "true" : undefined}
      className={`rounded-md px-2 py-1 text-xs ${measure === value ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100"}`}
    >
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader
        title={t.cohorts.title}
        description={summary.asOf ? fill(t.common.asOf, { date: f.day(summary.asOf) }) : undefined}
      />
      <div className="grid grid-cols-1 gap-6">
        <Card
          title={t.cohorts.heatmap}
          action={
            <div className="flex gap-1">
              {tab("customers", t.cohorts.byCustomers)}
              {tab("revenue", t.cohorts.byRevenue)}
            </div>
          }
        >
          <HeatTable
            label={t.cohorts.heatmap}
            corner={t.cohorts.cohort}
            noteLabel={t.cohorts.size}
            columns={ages.map((age) => ({ key: String(age), label: f.integer(age) }))}
            rows={lines.map((line) => ({
              key: line.cohort,
              label: line.cohort,
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
