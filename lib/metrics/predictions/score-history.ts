import { scoreCustomers, summarise, type ClvOptions } from "@/lib/predict";

import type { OrderHistory } from "../history/order-history";

import type { HistoryFit } from "./fit-history";

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
  const everyone = summarise(
    fit.orders,
    { fromDay: earliestDay(fit), toDay: asOfDay },
    fit.models.unit,
  );
  const scores = scoreCustomers(fit.models, everyone.customers, options);
  if (!scores) return null;
  const n = scores.length;
  const columns: BuyerPredictions = {
    profileIds: new Float64Array(n),
    probabilityAlive: new Float64Array(n),
    expected30: new Float64Array(n),
    expected90: new Float64Array(n),
    expected365: new Float64Array(n),
    orderValueMinor: new Float64Array(n),
    clvMinor: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const score = scores[i];
    columns.profileIds[i] = history.profileIds[Number(everyone.customers[i].id)];
    columns.probabilityAlive[i] = score.probabilityAlive;
    columns.expected30[i] = score.next30Days;
    columns.expected90[i] = score.next90Days;
    columns.expected365[i] = score.next365Days;
    columns.orderValueMinor[i] = minor(score.expectedOrderValue);
    columns.clvMinor[i] = minor(score.clv);
  }
  return columns;
}

function minor(value: number | null): number {
  return value === null || !Number.isFinite(value) ? NaN : Math.round(value * 100);
}

function earliestDay(fit: HistoryFit): number {
  let first = fit.window.fromDay;
  for (const { orders } of fit.orders) if (orders[0].day < first) first = orders[0].day;
  return first;
}
