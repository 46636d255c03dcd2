import type { Db } from "@/db/client";
import { isoToDay } from "@/lib/ingest/normalise/dates";
import type { FitOptions, TimeUnit } from "@/lib/predict";
import type { GeneralSettings, ModelSettings } from "@/lib/settings/schema";

import type { OrderHistory } from "../history/order-history";
import { readState, writeState } from "../metric-state";

import { fitHistory } from "./fit-history";
import { readRun } from "./read-predictions";
import { savePredictions } from "./save-predictions";
import { scoreHistory, type BuyerPredictions } from "./score-history";

export type PredictionContext = {
  history: OrderHistory;
  /** The order-history cache's version: a new one means new data to fit. */
  dataVersion: number;
  asOfDay: number;
  currency: string;
  models: ModelSettings;
  general: GeneralSettings;
  /** Read back each buyer's CLV (the pyramid ranks by it). */
  needClv: boolean;
};

export type PredictionRefresh = {
  runId: number | null;
  /** The inputs matched the last fit, so it was kept. */
  reused: boolean;
  /** CLV in minor units per profile; null unless asked for or when no spend model was fitted. */
  clvByProfile: Map<number, number> | null;
};

type State = { signature: string; runId: number };

/**
 * Refits the models and rescores every buyer when the data, the as-of date
 * or a prediction setting changed since the last fit; otherwise keeps it.
 */
export function refreshPredictions(db: Db, context: PredictionContext): PredictionRefresh {
  const { history, asOfDay, currency, models, general } = context;
  const signature = JSON.stringify([
    context.dataVersion,
    asOfDay,
    currency,
    models.prediction,
    general.margin,
  ]);
  const state = readState<State>(db, "predictions");
  if (state?.signature === signature) {
    return { runId: state.runId, reused: true, clvByProfile: context.needClv ? readClv(db) : null };
  }

  const started = performance.now();
  const settings = models.prediction;
  const day = (iso: string | null) => (iso ? isoToDay(iso) : null);
  const fit = fitHistory(history, {
    fromDay: day(settings.calibrationFrom),
    toDay: day(settings.calibrationTo),
    unit: settings.unit,
    asOfDay,
    start: previousParameters(db, state?.runId ?? null, settings.unit),
  });
  const clvOptions = {
    horizonMonths: settings.horizonMonths,
    margin: general.margin,
    monthlyDiscountRate: settings.monthlyDiscountRate,
  };
  const predictions = fit ? scoreHistory(history, fit, asOfDay, clvOptions) : null;
  const durationMs = performance.now() - started;
  const runId = savePredictions(
    db,
    { asOfDay, currency, settings, margin: general.margin, fit, durationMs },
    predictions,
  );
  writeState(db, "predictions", { signature, runId } satisfies State);

  const clvByProfile = context.needClv && predictions ? clvOf(predictions) : null;
  return { runId, reused: false, clvByProfile };
}

/** CLV per profile, or null when no buyer has one (no spend model). */
function clvOf(predictions: BuyerPredictions): Map<number, number> | null {
  const clv = new Map<number, number>();
  predictions.clvMinor.forEach((value, i) => {
    if (!Number.isNaN(value)) clv.set(predictions.profileIds[i], value);
  });
  return clv.size > 0 ? clv : null;
}

/**
 * The last fit's parameters as a starting point: new orders move the optimum
 * only a little, so a refit from there takes a few steps instead of a search.
 */
function previousParameters(db: Db, runId: number | null, unit: TimeUnit): FitOptions["start"] {
  const run = runId === null ? null : readRun(db, runId);
  if (!run || run.unit !== unit) return undefined;
  return {
    bgnbd: run.bgnbd.status === "fitted" ? run.bgnbd : undefined,
    gammaGamma: run.gammaGamma.status === "fitted" ? run.gammaGamma : undefined,
  };
}

function readClv(db: Db): Map<number, number> | null {
  const rows = db.$client
    .prepare("SELECT profile_id, clv_minor FROM customer_predictions WHERE clv_minor IS NOT NULL")
    .raw()
    .all() as [number, number][];
  return rows.length > 0 ? new Map(rows) : null;
}
