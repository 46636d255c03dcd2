import Link from "next/link";

import { TrendChart } from "@/components/charts/trend-chart";
import { Card } from "@/components/ui/card";
import { Definitions } from "@/components/ui/definitions";
import { PageHeader } from "@/components/ui/page-header";
import { stages } from "@/db/schema";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { chosenPeriods, movementQuery } from "@/lib/metrics/snapshots/movement-query";
import { trendSeries } from "@/lib/metrics/snapshots/movement-view";
import { readMigration, readPeriods } from "@/lib/metrics/snapshots/read-movement";
import { readTrend } from "@/lib/metrics/snapshots/read-trends";
import { buyerTiers } from "@/lib/metrics/tiers";

import { NoHistory } from "../no-history";
import { structurePageContext } from "../page-context";

import { MigrationCard } from "./migration-card";
import { PeriodForm } from "./period-form";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.structureTabs.movement);

export default async function MovementPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { t, locale, f, db, summary, models, described } = await structurePageContext();
  const periods = readPeriods(db);
  if (periods.length === 0)
    return <NoHistory title={t.movement.title} message={t.movement.noHistory} />;
  const query = movementQuery.parse(await searchParams);
  const { from, to } = chosenPeriods(periods, query);
  const cells = readMigration(db, { dimension: query.dimension, from, to });
  const tierTrend = trendSeries(readTrend(db, "tier"), periods, buyerTiers);
  const stageTrend = trendSeries(readTrend(db, "stage"), periods, stages);
  const tierSeries = buyerTiers.map((tier) => ({
    key: tier,
    label: t.tiers[tier],
    color: `var(--tier-${tier})`,
  }));
  const stageSeries = stages.map((stage) => ({
    key: stage,
    label: t.stages[stage],
    color: `var(--stage-${stage})`,
  }));

  return (
    <>
      <PageHeader
        title={t.movement.title}
        description={summary.asOf ? fill(t.common.asOf, { date: f.day(summary.asOf) }) : undefined}
      />
      <PeriodForm
        periods={periods.map((p) => p.key)}
        dimension={query.dimension}
        from={from}
        to={to}
        t={t}
        f={f}
      />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <MigrationCard
          cells={cells}
          dimension={query.dimension}
          from={from}
          to={to}
          t={t}
          locale={locale}
          className="xl:col-span-2"
        />
        <Card title={t.movement.tierSizes}>
          <TrendChart
            data={tierTrend.map((p) => ({ period: p.period, values: p.customers }))}
            series={tierSeries}
            locale={locale}
            mode="count"
            axisLabel={t.movement.customersAxis}
          />
        </Card>
        <Card title={t.movement.revenueShare}>
          <TrendChart
            data={tierTrend.map((p) => ({ period: p.period, values: p.revenueShare }))}
            series={tierSeries}
            locale={locale}
            mode="share"
            axisLabel={t.movement.shareAxis}
          />
        </Card>
        <Card
          title={t.movement.lifecycleFlow}
          className="xl:col-span-2"
          action={
            <Link
              href={`/structure/movement?dimension=stage&from=${from}&to=${to}`}
              className="text-sm text-indigo-700 hover:underline"
            >
              {t.movement.stageMoves} →
            </Link>
          }
        >
          <TrendChart
            data={stageTrend.map((p) => ({ period: p.period, values: p.customers }))}
            series={stageSeries}
            locale={locale}
            mode="count"
            axisLabel={t.movement.customersAxis}
          />
        </Card>
      </div>
      <Definitions
        label={t.definitions.label}
        lines={[described.tiers, described.lifecycle, described.rfm, described.history]}
      />
    </>
  );
}
