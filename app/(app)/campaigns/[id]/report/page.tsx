import Link from "next/link";

import { RoiChart } from "@/components/charts/roi-chart";
import { TreatmentHoldoutChart } from "@/components/charts/treatment-holdout-chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Kpi } from "@/components/ui/kpi";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatPValue, pValueClause, responseRows, revenueRows, roiRows } from "@/lib/campaigns/report/chart-rows";
import { measureCampaign } from "@/lib/campaigns/results/measure-campaign";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { dayToIso } from "@/lib/ingest/normalise/dates";

import { targetLabel, variantLabel } from "../../labels";
import { CampaignStatusBadge } from "../../status-badge";
import { findCampaignOr404 } from "../find-campaign";
import { ResultsTable } from "./results-table";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.campaigns.report.open);

export default async function CampaignReportPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole();
  const db = getDb();
  const campaign = findCampaignOr404(db, (await params).id);
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const r = t.campaigns.report;
  const measured = measureCampaign(db, { campaign });
  const header = (
    <>
      <Link href={`/campaigns/${campaign.id}`} className="text-sm text-indigo-700 hover:underline">← {campaign.name}</Link>
      <PageHeader title={fill(r.heading, { name: campaign.name })} description={<CampaignStatusBadge status={campaign.status} t={t} />} />
    </>
  );
  if (!measured) return <>{header}<EmptyState title={r.notLaunched} /></>;

  const { total, byTarget, byVariant } = measured.results;
  const money = (minor: number | null) => (minor === null ? "—" : f.money(minor / 100, campaign.currency));
  const pct = (n: number | null) => (n === null ? "—" : f.percent(n));
  const targetOf = (id: number) => campaign.targets.find((target) => target.id === id)!;
  const groups = [
    { key: "all", label: r.campaignRow, result: total },
    ...byTarget.map((g) => ({ key: `t${g.targetId}`, label: targetLabel(t, targetOf(g.targetId)), result: g.result })),
  ];
  const variants = byVariant.map((g) => {
    const target = targetOf(g.targetId);
    return { key: `v${g.variantId}`, label: variantLabel(t, target, target.variants.find((v) => v.id === g.variantId)!), result: g.result };
  });
  const verdict = fill(r.verdicts[total.verdict], {
    date: f.day(dayToIso(measured.lastDay)),
    p: pValueClause(total.test.pValue, locale),
  });
  const ci = total.test.upliftCi;
  const roi = roiRows(groups);

  return (
    <>
      {header}
      <p className="mb-2 text-sm text-slate-600">
        {fill(r.window, { start: f.day(dayToIso(measured.firstDay)), end: f.day(dayToIso(measured.lastDay)) })}
        {measured.unconvertedOrders > 0 && ` ${fill(r.unconverted, { count: f.integer(measured.unconvertedOrders) })}`}
      </p>
      <div data-testid="verdict" className={`mb-6 rounded-lg border p-4 text-sm font-medium ${
        total.verdict === "significant_positive" ? "border-emerald-300 bg-emerald-50 text-emerald-900"
          : total.verdict === "significant_negative" ? "border-red-300 bg-red-50 text-red-900"
            : "border-amber-300 bg-amber-50 text-amber-900"}`}>
        {verdict}
      </div>
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4" data-testid="report-kpis">
        <Kpi label={r.kpis.contacted} value={f.integer(total.treatment.audience)}
          hint={f.labelled(r.kpis.holdout, f.integer(total.holdout.audience))} />
        <Kpi label={r.kpis.responseRate} value={pct(total.treatment.responseRate)}
          hint={fill(r.kpis.responseVs, { treatment: pct(total.treatment.responseRate), holdout: pct(total.holdout.responseRate) })} />
        <Kpi label={r.kpis.uplift} value={pct(total.rateUplift)}
          hint={ci ? fill(r.kpis.upliftCi, { lower: pct(ci.lower), upper: pct(ci.upper) }) : undefined} />
        <Kpi label={r.kpis.chanceToBeat} value={pct(total.chanceToBeat)}
          hint={f.labelled(r.kpis.pValue, formatPValue(total.test.pValue, locale))} />
        <Kpi label={r.kpis.incrementalRevenue} value={money(total.incrementalRevenue)} />
        <Kpi label={r.kpis.incrementalMargin} value={money(total.incrementalMargin)} />
        <Kpi label={r.kpis.cost} value={money(total.cost)} />
        <Kpi label={r.kpis.roi} value={pct(total.roi)} />
      </div>
      <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card title={r.charts.responseRate}>
          <TreatmentHoldoutChart rows={responseRows(groups)} format="percent" currency={campaign.currency} locale={locale}
            labels={{ treatment: r.charts.treatment, holdout: r.charts.holdout, axis: r.charts.rate }} />
        </Card>
        <Card title={r.charts.revenuePerCustomer}>
          <TreatmentHoldoutChart rows={revenueRows(groups)} format="money" currency={campaign.currency} locale={locale}
            labels={{ treatment: r.charts.treatment, holdout: r.charts.holdout, axis: r.charts.revenue }} />
        </Card>
        <Card title={r.charts.roi} className="xl:col-span-2">
          {roi.length > 0
            ? <RoiChart rows={roi} label={r.charts.roiAxis} locale={locale} />
            : <p className="text-sm text-slate-500" data-testid="roi-empty">{r.charts.roiEmpty}</p>}
        </Card>
        <Card title={r.byTarget} className="xl:col-span-2">
          <ResultsTable rows={groups} currency={campaign.currency} locale={locale} t={t} f={f} />
        </Card>
        <Card title={r.byVariant} className="xl:col-span-2">
          <ResultsTable rows={variants} currency={campaign.currency} locale={locale} t={t} f={f} />
        </Card>
      </div>
    </>
  );
}
