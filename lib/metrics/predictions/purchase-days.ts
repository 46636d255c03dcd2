import type { CustomerOrders, DayOrder } from "@/lib/predict";

import type { OrderHistory } from "../history/order-history";

/**
 * The models' view of each customer: one purchase per day (same-day orders
 * merged, as the BG/NBD literature does), valued in whole base-currency
 * units, up to `lastDay`. A day with only refund rows is no purchase and
 * refunds are left out of the spend model; an amount without an exchange
 * rate becomes NaN, which summarise() counts as zero and flags. The id is the
 * customer's index in the history, so results map back without a lookup.
 * Made one customer at a time as the caller reads: a million customers'
 * purchases as objects, all at once, were most of a 5 M-order recompute's
 * memory. A caller that keeps what it reads but never maps it back (the fit's
 * summaries) asks for no ids: a million distinct strings held 25 MB.
 */
export function* purchaseDays(
  history: OrderHistory,
  lastDay: number,
  options: { ids?: boolean } = {},
): Generator<CustomerOrders> {
  for (let c = 0; c < history.profileIds.length; c++) {
    const orders: DayOrder[] = [];
    for (let k = history.start[c]; k < history.start[c + 1] && history.day[k] <= lastDay; k++) {
      const day = history.day[k];
      const amount = history.amount[k];
      if (amount < 0) continue;
      const value = amount / 100;
      const last = orders.at(-1);
      if (last?.day === day)
        last.amount = Number.isNaN(last.amount) ? value : last.amount + (value || 0);
      else orders.push({ day, amount: value });
    }
    if (orders.length > 0) yield { id: options.ids === false ? "" : String(c), orders };
  }
}

/**
 * The earliest purchase day up to `lastDay` (a refund-only day is none), or
 * `fallback` when that is earlier or there is none.
 */
export function firstPurchaseDay(history: OrderHistory, lastDay: number, fallback: number): number {
  let first = fallback;
  for (let c = 0; c < history.profileIds.length; c++) {
    for (let k = history.start[c]; k < history.start[c + 1] && history.day[k] <= lastDay; k++) {
      if (history.amount[k] < 0) continue;
      first = Math.min(first, history.day[k]);
      break;
    }
  }
  return first;
}
