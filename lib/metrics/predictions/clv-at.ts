import type { Db } from "@/db/client";
import type { FittedModels } from "@/lib/predict";
import type { GeneralSettings, PredictionSettings } from "@/lib/settings/schema";

import type { BuyerFacts } from "../buyer-facts";
import type { OrderHistory } from "../history/order-history";

import { readRun } from "./read-predictions";
import { scoreBuyers } from "./score-buyers";

/** The models a stored run fitted, or null when the run has no usable CLV. */
export function storedModels(db: Db, runId: number | null): FittedModels | null {
  const run = runId === null ? null : readRun(db, runId);
  if (run?.bgnbd.status !== "fitted" || run.gammaGamma.status !== "fitted") return null;
  return { unit: run.unit, customers: run.customers, bgnbd: run.bgnbd, gammaGamma: run.gammaGamma };
}

/**
 * Each buyer's CLV (minor units) on a past day, from that day's history and
 * today's fitted parameters: the ranking value of a back-filled period when
 * the pyramid ranks by CLV.
 */
export function clvAt(
  history: OrderHistory,
  facts: BuyerFacts,
  day: number,
  models: FittedModels,
  settings: { prediction: PredictionSettings; general: GeneralSettings },
): Float64Array {
  const options = {
    horizonMonths: settings.prediction.horizonMonths,
    margin: settings.general.margin,
    monthlyDiscountRate: settings.prediction.monthlyDiscountRate,
  };
  const byProfile = new Map<number, number>();
  scoreBuyers(history, day, models, options, (customer, score) =>
    byProfile.set(history.profileIds[customer], (score.clv ?? 0) * 100),
  );
  return Float64Array.from(facts.profileIds, (id) => byProfile.get(id) ?? 0);
}
