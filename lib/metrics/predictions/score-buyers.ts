import {
  customerScorer,
  summarise,
  type ClvOptions,
  type CustomerOrders,
  type CustomerScore,
  type FittedModels,
} from "@/lib/predict";

import type { OrderHistory } from "../history/order-history";

import { firstPurchaseDay, purchaseDays } from "./purchase-days";

// Buyers summarised per step: their summaries are garbage before the next step's are made.
const STEP = 20_000;

export type ScoreWalk = {
  /** The latest day the summary window may start (the fit's); earlier if a purchase is. */
  windowFrom?: number;
  step?: number;
};

/**
 * Scores every buyer on their whole history up to `day` with fitted models,
 * a few thousand at a time, and hands each score to `each` with the buyer's
 * index in the history. False, scoring no one, when the BG/NBD has no
 * parameters.
 */
export function scoreBuyers(
  history: OrderHistory,
  day: number,
  models: FittedModels,
  options: Omit<ClvOptions, "unit">,
  each: (customer: number, score: CustomerScore) => void,
  { windowFrom = day, step: size = STEP }: ScoreWalk = {},
): boolean {
  const score = customerScorer(models, options);
  if (!score) return false;
  // From the first purchase: no buyer falls before the window, and none after it
  // (purchaseDays ends at `day`).
  const window = { fromDay: firstPurchaseDay(history, day, windowFrom), toDay: day };
  let step: CustomerOrders[] = [];
  const flush = () => {
    const { customers } = summarise(step, window, models.unit);
    for (const customer of customers) each(Number(customer.id), score(customer));
    step = [];
  };
  for (const customer of purchaseDays(history, day)) {
    step.push(customer);
    if (step.length === size) flush();
  }
  flush();
  return true;
}
