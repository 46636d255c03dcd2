import Link from "next/link";

import { LifecycleChart } from "@/components/charts/lifecycle-chart";
import { PyramidChart } from "@/components/charts/pyramid-chart";
import { RfmGrid } from "@/components/charts/rfm-grid";
import { Card } from "@/components/ui/card";
import { Definitions } from "@/components/ui/definitions";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { SegmentBadge, StageBadge, TierBadge } from "@/components/ui/tier-badges";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { readRfmGrid, readSegmentTotals } from "@/lib/metrics/dashboard";
import { pyramidRows, stageRows } from "@/lib/metrics/pyramid";
import { readRfHeat } from "@/lib/metrics/rfm-heat";

import { structurePageContext } from "./page-context";
import { RfHeatCard } from "./rf-heat-card";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.nav.structure);

export default async function StructurePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { t, locale, f, db, summary, described } = await structurePageContext();
  if (summary.customers === 0) {
    return (
      <>
        <PageHeader title={t.structure.title} />
        <EmptyState title={t.common.empty} hint={t.common.emptyHint} />
      </>
    );
  }
  const heat = (await searchParams).heat === "spend" ? "spend" : "customers";
  const money = (n: number) => f.money(n, summary.currency);
  const compact = (n: number) => <span title={money(n)}>{f.money(n, summary.currency, { compact: true })}</span>;
  const tiers = pyramidRows(summary, (tier) => t.tiers[tier as keyof typeof t.tiers]);
  const stages = stageRows(summary, (stage) => t.stages[stage as keyof typeof t.stages]);
  const segments = readSegmentTotals(db);
  const c = t.structure.columns;

  return (
    <>
      <PageHeader
        title={t.structure.title}
        description={summary.asOf ? fill(t.common.asOf, { date: f.day(summary.asOf) }) : undefined}
      />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card title={t.structure.pyramidTable} className="xl:col-span-2">
          <Table dense>
            <thead>
              <tr><Th>{c.tier}</Th><Th numeric>{c.customers}</Th><Th numeric>{c.share}</Th><Th numeric>{c.value}</Th><Th numeric>{c.revenueShare}</Th><Th numeric>{c.lifetime}</Th></tr>
            </thead>
            <tbody>
              {tiers.map((row) => (
                <tr key={row.tier}>
                  <Td><Link href={`/customers?tier=${row.tier}`}><TierBadge tier={row.tier} t={t} /></Link></Td>
                  <Td numeric>{f.integer(row.customers)}</Td>
                  <Td numeric>{f.percent(row.customerShare)}</Td>
                  <Td numeric>{compact(row.revenue)}</Td>
                  <Td numeric>{f.percent(row.revenueShare)}</Td>
                  <Td numeric>{compact(row.lifetimeRevenue)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {summary.warnings.includes("clv_unavailable") && (
            <p className="mt-3 text-xs text-amber-800">⚠ {t.definitions.clvUnavailable}</p>
          )}
          <p className="mt-3 text-xs text-slate-500">{described.tiers}</p>
        </Card>
        <Card title={t.overview.pyramid}>
          <PyramidChart rows={tiers} labels={t.charts} locale={locale}
            currency={summary.currency} />
        </Card>
        <Card title={t.overview.lifecycle}>
          <LifecycleChart rows={stages} locale={locale} axisLabel={t.charts.customers} />
        </Card>
        <Card title={t.structure.rfmGrid}>
          <RfmGrid cells={readRfmGrid(db)} segmentLabels={t.segments} format={f.integer} axis={t.charts} />
          <p className="mt-3 text-xs text-slate-500">{t.structure.rfmGridHint} {described.rfm}</p>
        </Card>
        <RfHeatCard cells={readRfHeat(db)} by={heat} currency={summary.currency} t={t} locale={locale} />
        <Card title={t.structure.segmentTable}>
          <Table>
            <thead><tr><Th>{c.segment}</Th><Th numeric>{c.customers}</Th><Th numeric>{c.revenue}</Th><Th numeric>{c.avgSpend}</Th></tr></thead>
            <tbody>
              {segments.map((row) => (
                <tr key={row.segment}>
                  <Td><Link href={`/customers?segment=${row.segment}`}><SegmentBadge segment={row.segment} t={t} /></Link></Td>
                  <Td numeric>{f.integer(row.customers)}</Td>
                  <Td numeric>{compact(row.revenue)}</Td>
                  <Td numeric>{compact(row.customers ? row.revenue / row.customers : 0)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title={t.structure.lifecycleTable}>
          <Table>
            <thead><tr><Th>{c.stage}</Th><Th numeric>{c.customers}</Th><Th numeric>{c.share}</Th></tr></thead>
            <tbody>
              {stages.map((row) => (
                <tr key={row.stage}>
                  <Td><Link href={`/customers?stage=${row.stage}`}><StageBadge stage={row.stage} t={t} /></Link></Td>
                  <Td numeric>{f.integer(row.customers)}</Td>
                  <Td numeric>{f.percent(summary.customers ? row.customers / summary.customers : 0)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <p className="mt-3 text-xs text-slate-500">{described.lifecycle}</p>
        </Card>
      </div>
      <Definitions label={t.definitions.label} lines={[described.tiers, described.rfm, described.lifecycle, described.money]} />
    </>
  );
}
