import { scoreCustomers, summarise, type ClvOptions } from "@/lib/predict";

import type { OrderHistory } from "../history/order-history";

import type { HistoryFit } from "./fit-history";

/** Each scored buyer's outlook, money in base-currency minor units (null: no spend model). */
export type BuyerPrediction = {
  profileId: number;
  probabilityAlive: number;
  expected30: number;
  expected90: number;
  expected365: number;
  orderValueMinor: number | null;
  clvMinor: number | null;
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
): BuyerPrediction[] | null {
  const everyone = summarise(
    fit.orders,
    { fromDay: earliestDay(fit), toDay: asOfDay },
    fit.models.unit,
  );
  const scores = scoreCustomers(fit.models, everyone.customers, options);
  if (!scores) return null;
  const money = (value: number | null) =>
    value === null || !Number.isFinite(value) ? null : Math.round(value * 100);
  return everyone.customers.map((customer, i) => ({
    profileId: history.profileIds[Number(customer.id)],
    probabilityAlive: scores[i].probabilityAlive,
    expected30: scores[i].next30Days,
    expected90: scores[i].next90Days,
    expected365: scores[i].next365Days,
    orderValueMinor: money(scores[i].expectedOrderValue),
    clvMinor: money(scores[i].clv),
  }));
}

function earliestDay(fit: HistoryFit): number {
  let first = fit.window.fromDay;
  for (const { orders } of fit.orders) if (orders[0].day < first) first = orders[0].day;
  return first;
}
