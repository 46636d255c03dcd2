import type { Stage } from "@/db/schema/metrics";
import type { LifecycleSettings } from "@/lib/settings/schema";

export type LifecycleFacts = {
  orders: number;
  firstDay: number | null;
  lastDay: number | null;
  /** The order day before the last one, to see a comeback after a lapse. */
  previousDay: number | null;
  lastInteractionDay: number | null;
  rScore: number | null;
};

/**
 * Where a profile stands on the as-of day. Rules in order:
 *  no order: engaged if it interacted within `engagedDays`, else prospect;
 *  lapsed: no order for more than `lapsedDays`;
 *  reactivated: the last order ended a lapse and is within `newDays`;
 *  one order: new within `newDays`, then at risk (it has no usual gap to wait for);
 *  at risk: more than `gapMultiple` × the usual gap between orders, or `atRiskDays`;
 *  loyal: at least `loyalOrders` orders and R score 4 or 5; otherwise active.
 */
export function lifecycleStage(facts: LifecycleFacts, asOfDay: number, s: LifecycleSettings): Stage {
  if (facts.orders === 0 || facts.lastDay === null || facts.firstDay === null) {
    const sinceTouch = facts.lastInteractionDay === null ? Infinity : asOfDay - facts.lastInteractionDay;
    return sinceTouch <= s.engagedDays ? "engaged" : "prospect";
  }
  const recency = asOfDay - facts.lastDay;
  if (recency > s.lapsedDays) return "lapsed";
  if (facts.previousDay !== null && facts.lastDay - facts.previousDay > s.lapsedDays && recency <= s.newDays) {
    return "reactivated";
  }
  if (facts.orders === 1) return recency <= s.newDays ? "new" : "at_risk";

  const usualGap = (facts.lastDay - facts.firstDay) / (facts.orders - 1);
  if (recency > atRiskAfter(usualGap, s)) return "at_risk";
  if (facts.orders >= s.loyalOrders && (facts.rScore ?? 0) >= 4) return "loyal";
  return "active";
}

/** Days without an order after which a repeat buyer is at risk: the sooner of the two rules. */
export function atRiskAfter(usualGap: number, s: LifecycleSettings): number {
  return Math.min(s.atRiskDays, s.gapMultiple * usualGap);
}

/** The stage of a profile without orders: engaged after a recent touch, else a prospect. */
export function prospectStage(lastTouchDay: number | null, asOfDay: number, s: LifecycleSettings): Stage {
  const none = { orders: 0, firstDay: null, lastDay: null, previousDay: null, rScore: null };
  return lifecycleStage({ ...none, lastInteractionDay: lastTouchDay }, asOfDay, s);
}
