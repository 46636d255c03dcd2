import { FrequencyChart } from "@/components/charts/frequency-chart";
import { TrackingChart } from "@/components/charts/tracking-chart";
import { hasHoldout } from "@/components/charts/tracking-holdout";
import { Card } from "@/components/ui/card";
import { Definitions } from "@/components/ui/definitions";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { tiers } from "@/db/schema";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { describeModels } from "@/lib/metrics/describe-models";
import { readLatestRun, readPredictionTotals } from "@/lib/metrics/predictions/read-predictions";
import { rfmSegments } from "@/lib/metrics/rfm-segments";

import { structurePageContext } from "../page-context";

import { FitCard } from "./fit-card";
import { TotalsCard } from "./totals-card";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.structureTabs.predictions);

export default async function PredictionsPage() {
  const { t, locale, f, db, summary, models, general } = await structurePageContext();
  const run = readLatestRun(db);
  const p = t.predictions;
  if (!run) {
    return (
      <>
        <PageHeader title={p.title} />
        <EmptyState title={t.common.empty} hint={t.common.emptyHint} />
      </>
    );
  }
  const window = { from: dayToIso(run.fromDay), to: dayToIso(run.toDay) };
  const described = describeModels(t, f, { models, general, currency: run.currency, window });
  const check = run.check;
  const unit = t.timeUnits[run.unit];

  return (
    <>
      <PageHeader
        title={p.title}
        description={summary.asOf ? fill(t.common.asOf, { date: f.day(summary.asOf) }) : undefined}
      />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <FitCard run={run} t={t} locale={locale} />
        <Card title={p.tracking}>
          {check ? (
            <TrackingChart
              points={check.tracking}
              calibrationEnd={check.calibrationEnd}
              locale={locale}
              labels={{
                actual: p.actual,
                predicted: p.predicted,
                calibrationEnd: p.calibrationEnd,
                time: fill(p.timeAxis, { unit, from: f.day(dayToIso(run.fromDay)) }),
              }}
            />
          ) : (
            <p className="text-sm text-slate-500">{p.notFitted}</p>
          )}
          <p className="mt-3 text-xs text-slate-500">
            {check && hasHoldout(check.tracking, check.calibrationEnd) ? p.trackingHintWithHoldout : p.trackingHint}
          </p>
        </Card>
        <Card title={p.byFrequency} className="xl:col-span-2">
          {check?.byFrequency && run.holdoutEndDay !== null ? (
            <>
              <FrequencyChart
                locale={locale}
                labels={{ actual: p.actual, predicted: p.predicted, axis: p.frequencyAxis }}
                rows={check.byFrequency.map((g, i, all) => ({
                  ...g,
                  label: i === all.length - 1 && g.x >= 7 ? `${g.x}+` : String(g.x),
                }))}
              />
              <p className="mt-3 text-xs text-slate-500">
                {fill(p.byFrequencyHint, {
                  from: f.day(dayToIso(run.toDay + 1)),
                  to: f.day(dayToIso(run.holdoutEndDay)),
                })}
              </p>
            </>
          ) : (
            <p className="text-sm text-slate-500">{p.noHoldout}</p>
          )}
        </Card>
        <TotalsCard
          title={p.byTier}
          className="xl:col-span-2"
          rows={readPredictionTotals(db, "tier")}
          order={tiers}
          currency={run.currency}
          label={(key) => t.tiers[key as keyof typeof t.tiers] ?? key}
          t={t}
          locale={locale}
        />
        <TotalsCard
          title={p.bySegment}
          className="xl:col-span-2"
          rows={readPredictionTotals(db, "segment")}
          order={rfmSegments}
          currency={run.currency}
          label={(key) => t.segments[key as keyof typeof t.segments] ?? key}
          t={t}
          locale={locale}
        />
      </div>
      <Definitions
        label={t.definitions.label}
        lines={[described.prediction, described.money, described.tiers, described.rfm]}
      />
    </>
  );
}
