import {
  fitModels,
  holdoutCheck,
  summarise,
  type CustomerOrders,
  type FitOptions,
  type FittedModels,
  type HoldoutCheck,
  type Summary,
  type SummaryWindow,
  type TimeUnit,
} from "@/lib/predict";

import type { OrderHistory } from "../history/order-history";

import { purchaseDays } from "./purchase-days";

export type FitRequest = {
  /** Calibration start; null: the first order. */
  fromDay: number | null;
  /** Calibration end; null or later than asOfDay: the as-of date. */
  toDay: number | null;
  unit: TimeUnit;
  asOfDay: number;
  /** Where the optimiser starts: the last fit's parameters, when it was in the same unit. */
  start?: FitOptions["start"];
};

export type HistoryFit = {
  window: SummaryWindow;
  models: FittedModels;
  excluded: Summary["excluded"];
  check: HoldoutCheck | null;
};

/**
 * Fits BG/NBD + Gamma-Gamma on the calibration window. When the window ends
 * before the as-of date, the rest is the holdout the check compares against.
 * Returns null when the window holds no day (starts after it ends, or no
 * orders at all).
 */
export function fitHistory(history: OrderHistory, request: FitRequest): HistoryFit | null {
  const firstDay = earliestDay(history);
  if (firstDay === null) return null;
  const fromDay = request.fromDay ?? firstDay;
  const toDay = Math.min(request.toDay ?? request.asOfDay, request.asOfDay);
  if (fromDay > toDay) return null;
  const window: SummaryWindow =
    toDay < request.asOfDay
      ? { fromDay, toDay, holdoutEndDay: request.asOfDay }
      : { fromDay, toDay };

  const summary = summarise(purchaseDays(history, request.asOfDay, { ids: false }), window, request.unit);
  const models = fitModels(summary.customers, { unit: request.unit, start: request.start });
  const check =
    models.bgnbd.status === "fitted"
      ? holdoutCheck(models.bgnbd, cohort(history, request.asOfDay, window), summary, window)
      : null;
  models.bgnbd.warnings.push(...summary.warnings.filter((w) => !models.bgnbd.warnings.includes(w)));
  return { window, models, excluded: summary.excluded, check };
}

/** The purchases of the customers whose first is inside the window, as summarise() keeps them. */
function* cohort(
  history: OrderHistory,
  asOfDay: number,
  window: SummaryWindow,
): Generator<CustomerOrders> {
  for (const customer of purchaseDays(history, asOfDay)) {
    const first = customer.orders[0].day;
    if (first >= window.fromDay && first <= window.toDay) yield customer;
  }
}

function earliestDay(history: OrderHistory): number | null {
  let first: number | null = null;
  for (let c = 0; c < history.profileIds.length; c++) {
    const day = history.day[history.start[c]];
    if (first === null || day < first) first = day;
  }
  return first;
}
