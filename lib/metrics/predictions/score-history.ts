import type { ClvOptions } from "@/lib/predict";

import type { OrderHistory } from "../history/order-history";

import type { HistoryFit } from "./fit-history";
import { scoreBuyers } from "./score-buyers";

/**
 * Each scored buyer's outlook, one column per measure (a million buyers as
 * objects would double the step's memory), money in base-currency minor
 * units, NaN where there is no spend model.
 */
export type BuyerPredictions = {
  profileIds: Float64Array;
  probabilityAlive: Float64Array;
  expected30: Float64Array;
  expected90: Float64Array;
  expected365: Float64Array;
  orderValueMinor: Float64Array;
  clvMinor: Float64Array;
};

/**
 * Scores every buyer on their whole history to the as-of date with the
 * fitted parameters (a calibration window only chooses what the parameters
 * are learnt from). Null when the BG/NBD could not be fitted.
 */
export function scoreHistory(
  history: OrderHistory,
  fit: HistoryFit,
  asOfDay: number,
  options: Omit<ClvOptions, "unit">,
): BuyerPredictions | null {
  // At most one row per history customer; trimmed to the buyers scored.
  const room = history.profileIds.length;
  const columns: BuyerPredictions = {
    profileIds: new Float64Array(room),
    probabilityAlive: new Float64Array(room),
    expected30: new Float64Array(room),
    expected90: new Float64Array(room),
    expected365: new Float64Array(room),
    orderValueMinor: new Float64Array(room),
    clvMinor: new Float64Array(room),
  };
  let n = 0;
  const scored = scoreBuyers(history, asOfDay, fit.models, options, (customer, score) => {
    columns.profileIds[n] = history.profileIds[customer];
    columns.probabilityAlive[n] = score.probabilityAlive;
    columns.expected30[n] = score.next30Days;
    columns.expected90[n] = score.next90Days;
    columns.expected365[n] = score.next365Days;
    columns.orderValueMinor[n] = minor(score.expectedOrderValue);
    columns.clvMinor[n] = minor(score.clv);
    n++;
  }, { windowFrom: fit.window.fromDay });
  if (!scored) return null;
  return Object.fromEntries(
    Object.entries(columns).map(([name, column]) => [name, column.subarray(0, n)]),
  ) as BuyerPredictions;
}

function minor(value: number | null): number {
  return value === null || !Number.isFinite(value) ? NaN : Math.round(value * 100);
}
