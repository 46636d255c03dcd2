import Link from "next/link";

import { LifecycleChart } from "@/components/charts/lifecycle-chart";
import { PyramidChart } from "@/components/charts/pyramid-chart";
import { RfmGrid } from "@/components/charts/rfm-grid";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Kpi } from "@/components/ui/kpi";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { readRfmGrid } from "@/lib/metrics/dashboard";
import { describeModels } from "@/lib/metrics/describe-models";
import { pyramidRows, stageRows } from "@/lib/metrics/pyramid";
import { readSummary } from "@/lib/metrics/summary";
import { readSettings } from "@/lib/settings/read-settings";

import { ChannelMixCard } from "./channel-mix-card";

export const dynamic = "force-dynamic";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const [t, locale, user] = [await getMessages(), await getLocale(), await requirePageRole()];
  const db = getDb();
  const summary = readSummary(db);
  const f = formatters(locale);

  if (summary.customers === 0) {
    return (
      <>
        <PageHeader title={t.overview.title} />
        <EmptyState title={t.common.empty} hint={t.common.emptyHint}
          action={user.role === "admin" && (
            <Link href="/imports" className="text-sm font-medium text-indigo-700 hover:underline">
              {t.common.toImports} →
            </Link>
          )} />
      </>
    );
  }

  const [models, general] = [readSettings(db, "models"), readSettings(db, "general")];
  const described = describeModels(t, f, { models, general, currency: summary.currency });
  const money = (n: number) => f.money(n, summary.currency);
  return (
    <>
      <PageHeader
        title={t.overview.title}
        description={summary.asOf ? fill(t.common.asOf, { date: f.day(summary.asOf) }) : undefined}
      />
      {summary.unconverted && (
        <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {fill(t.overview.unconverted, {
            count: f.integer(summary.unconverted.orders),
            currencies: f.list(summary.unconverted.currencies),
            base: summary.currency,
          })}
          {user.role === "admin" && (
            <>
              {" "}
              <Link className="font-medium underline" href="/imports">{t.overview.setRates}</Link>
            </>
          )}
        </p>
      )}
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-6">
        <Kpi label={t.overview.kpis.customers} value={f.integer(summary.customers)} />
        <Kpi label={t.overview.kpis.buyers} value={f.integer(summary.buyers)} />
        <Kpi label={t.overview.kpis.orders} value={f.integer(summary.orders)} />
        <Kpi label={t.overview.kpis.revenue} value={f.money(summary.revenue, summary.currency, { compact: true })} hint={money(summary.revenue)} />
        <Kpi label={t.overview.kpis.aov} value={money(summary.averageOrderValue)} />
        <Kpi label={t.overview.kpis.repeatRate} value={f.percent(summary.repeatRate)} />
      </div>
      <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card title={t.overview.pyramid} action={<Link className="text-sm text-indigo-700 hover:underline" href="/structure">{t.nav.structure} →</Link>}>
          <PyramidChart
            rows={pyramidRows(summary, (tier) => t.tiers[tier as keyof typeof t.tiers])}
            labels={t.charts}
            locale={locale}
            currency={summary.currency}
          />
          <p className="mt-3 text-xs text-slate-500">{described.tiers}</p>
        </Card>
        <Card title={t.overview.lifecycle}>
          <LifecycleChart
            rows={stageRows(summary, (stage) => t.stages[stage as keyof typeof t.stages])}
            locale={locale}
            axisLabel={t.charts.customers}
          />
          <p className="mt-3 text-xs text-slate-500">{described.lifecycle}</p>
        </Card>
        <Card title={t.overview.rfm} className="xl:col-span-2">
          <RfmGrid cells={readRfmGrid(db)} segmentLabels={t.segments} format={f.integer} axis={t.charts} />
          <p className="mt-3 text-xs text-slate-500">{described.rfm}</p>
        </Card>
        <ChannelMixCard db={db} which={(await searchParams).channels === "reach" ? "reach" : "buy"} t={t} locale={locale} />
      </div>
    </>
  );
}
