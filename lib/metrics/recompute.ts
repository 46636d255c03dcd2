import type { Db } from "@/db/client";
import { onMetricsRecomputed } from "@/lib/segments/on-metrics-recomputed";
import { readSettings } from "@/lib/settings/read-settings";

import { resolveAsOfDay, resolveBaseCurrency } from "./as-of";
import { buyerFactsAt, convertible, type CurrencyRates } from "./buyer-facts";
import { refreshHistory, type HistoryRefresh } from "./history/refresh-history";
import { lastTouchDays } from "./last-touch";
import { buildMetricRows } from "./metric-rows";
import { paretoCurve } from "./pareto";
import { readProfileIds } from "./profile-ids";
import { clvAt, storedModels } from "./predictions/clv-at";
import { refreshPredictions } from "./predictions/refresh-predictions";
import { refreshSnapshots } from "./snapshots/refresh-snapshots";
import { computeStructure } from "./structure";
import { writeCustomerMetrics } from "./write-metrics";

export type RecomputeWarning = "clv_unavailable" | "unconverted_orders";

export type RecomputeResult = {
  asOfDay: number;
  currency: string;
  customers: number;
  buyers: number;
  unconvertedOrders: number;
  movedTier: number;
  movedStage: number;
  durationMs: number;
  /** Milliseconds per step: order-history cache, fit, RFM/tiers/stages, back-fill. */
  steps: { history: number; predictions: number; metrics: number; snapshots: number };
  historyMode: HistoryRefresh["mode"];
  snapshotPeriods: number;
  predictionRunId: number | null;
  warnings: RecomputeWarning[];
};

/**
 * Recomputes the value structure as of one day and keeps everything built on
 * it in step, in one transaction (readers see the old or the new structure,
 * never half of each): the order-history cache takes in new and changed
 * orders; the BG/NBD + Gamma-Gamma fit is redone when its inputs changed;
 * RFM, tiers and stages replace customer_metrics; the per-period history is
 * back-filled when the data or a setting changed. Inside an import's
 * transaction it commits or rolls back with the import.
 */
export function recomputeMetrics(db: Db, options: RecomputeOptions = {}): RecomputeResult {
  return db.$client.transaction(() => recomputeInTransaction(db, options))();
}

export type RecomputeOptions = {
  asOf?: string | null;
  /**
   * Called between the steps, whose working sets are garbage once each is done (the orders read
   * for the history, the fit's): a large import collects them before the per-period back-fill.
   */
  betweenSteps?: () => void;
  /** Called between the back-fill's periods (a large import collects the young garbage). */
  betweenPeriods?: () => void;
};

function recomputeInTransaction(db: Db, options: RecomputeOptions): RecomputeResult {
  const started = performance.now();
  const clock = stopwatch();
  const general = readSettings(db, "general");
  const models = readSettings(db, "models");
  const currency = resolveBaseCurrency(db, general.baseCurrency);
  const warnings: RecomputeWarning[] = [];

  const refreshed = refreshHistory(db, { base: currency, rates: general.rates });
  const { history } = refreshed;
  const asOfDay = resolveAsOfDay(history, options.asOf, models.asOf);
  const historyMs = clock();
  options.betweenSteps?.();

  const byClv = models.tierValue === "clv";
  const prediction = refreshPredictions(db, {
    history,
    dataVersion: refreshed.meta.dataVersion,
    asOfDay,
    currency,
    models,
    general,
    needClv: byClv,
  });
  const fitted = byClv ? storedModels(db, prediction.runId) : null;
  if (byClv && (!fitted || !prediction.clvByProfile)) warnings.push("clv_unavailable");
  const predictionsMs = clock();

  // Without a CLV model the pyramid falls back to trailing spend, and says so.
  const ranking = fitted && prediction.clvByProfile ? prediction.clvByProfile : null;
  const effective = byClv && !ranking ? { ...models, tierValue: "trailing12m" as const } : models;
  const facts = buyerFactsAt(history, asOfDay);
  if (facts.unconverted > 0) warnings.push("unconverted_orders");
  const lastTouch = lastTouchDays(db, asOfDay);
  const structure = computeStructure(facts, asOfDay, effective, {
    rankValues: ranking ? Float64Array.from(facts.profileIds, (id) => ranking.get(id) ?? 0) : undefined,
    lastTouch,
  });
  const profileIds = readProfileIds(db);
  const rows = buildMetricRows({ profileIds, facts, structure, asOfDay, lastTouch, lifecycle: models.lifecycle });
  const written = writeCustomerMetrics(db, rows, asOfDay);
  options.betweenSteps?.();
  const metricsMs = clock();

  const snapshots = refreshSnapshots(db, {
    history,
    dataVersion: refreshed.meta.dataVersion,
    asOfDay,
    models: effective,
    profileIds,
    rankingVersion: ranking ? String(prediction.runId) : "",
    hooks: {
      rankValuesAt:
        ranking && fitted
          ? (day, dayFacts) => clvAt(history, dayFacts, day, fitted, { prediction: models.prediction, general })
          : undefined,
      lastTouchAt: (day) => lastTouchDays(db, day),
      betweenPeriods: options.betweenPeriods,
    },
  });
  const steps = { history: historyMs, predictions: predictionsMs, metrics: metricsMs, snapshots: clock() };

  const durationMs = performance.now() - started;
  const unconverted = facts.unconverted > 0
    ? { orders: facts.unconverted, currencies: currenciesWithoutRate(db, { base: currency, rates: general.rates }) }
    : undefined;
  const details = { pareto: paretoCurve(facts.revenue), steps, historyMode: refreshed.mode, warnings, unconverted };
  db.$client
    .prepare("INSERT INTO metric_runs (as_of_day, currency, settings, duration_ms, details) VALUES (?, ?, ?, ?, ?)")
    .run(asOfDay, currency, JSON.stringify({ general, models }), durationMs, JSON.stringify(details));
  onMetricsRecomputed(db);
  return {
    asOfDay,
    currency,
    customers: written.customers,
    buyers: facts.profileIds.length,
    unconvertedOrders: facts.unconverted,
    movedTier: written.movedTier,
    movedStage: written.movedStage,
    durationMs,
    steps,
    historyMode: refreshed.mode,
    snapshotPeriods: snapshots.periods,
    predictionRunId: prediction.runId,
    warnings,
  };
}

/** The currencies of counted orders that have no rate to the base currency (read only when some exist). */
function currenciesWithoutRate(db: Db, money: CurrencyRates): string[] {
  const stated = db.$client.prepare("SELECT DISTINCT currency FROM orders WHERE counts = 1").pluck().all() as string[];
  return stated.filter((code) => !convertible(money, code)).sort();
}

/** Milliseconds since the previous call (or since it was made). */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return elapsed;
  };
}
