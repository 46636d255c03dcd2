import type { CustomerMetrics } from "@/db/schema/metrics";
import { atRiskAfter } from "@/lib/metrics/lifecycle";
import type { LifecycleSettings } from "@/lib/settings/schema";

export type Reason = { key: string; params: Record<string, number> };

/**
 * Why a customer sits in its tier: the tier key and where its value ranks
 * (`topShare`: the share of buyers with at least this value).
 */
export function explainTier(metrics: CustomerMetrics, buyersAbove: number, buyers: number): Reason {
  if (metrics.orders === 0) return { key: "prospect", params: {} };
  const topShare = buyers ? (buyersAbove + 1) / buyers : 1;
  if (metrics.tier === "base") return { key: "base", params: { amount: metrics.valueMinor / 100, topShare } };
  return { key: "buyer", params: { amount: metrics.valueMinor / 100, topShare } };
}

/** Why a customer is in its stage, with the numbers the sentence quotes. */
export function explainStage(metrics: CustomerMetrics, settings: LifecycleSettings): Reason {
  const days = metrics.recencyDays ?? 0;
  const usualGap =
    metrics.orders > 1 && metrics.firstDay !== null && metrics.lastDay !== null
      ? (metrics.lastDay - metrics.firstDay) / (metrics.orders - 1)
      : 0;
  // A one-order customer has no usual gap: it is at risk once it stays new no longer.
  const single = metrics.stage === "at_risk" && metrics.orders === 1;
  return {
    key: single ? "at_risk_single" : metrics.stage,
    params: { days, orders: metrics.orders, gap: Math.round(usualGap),
      atRiskDays: settings.atRiskDays, lapsedDays: settings.lapsedDays, newDays: settings.newDays,
      multiple: settings.gapMultiple,
      // The line a repeat buyer crossed, as the stage draws it.
      threshold: Math.round(atRiskAfter(usualGap, settings)) },
  };
}
