import { tiers as tierNames, type Tier } from "@/db/schema/metrics";
import type { TierShares } from "@/lib/settings/schema";

import { orderStatistics } from "./order-statistics";

export const buyerTiers = ["vip", "gold", "silver", "bronze", "base"] as const;
const BASE = buyerTiers.indexOf("base");

/**
 * The customer pyramid: buyers ranked by value, the top 1 % VIP, the next 4 %
 * Gold, 15 % Silver, 30 % Bronze, the rest Base (shares are settings). Equal
 * values share a tier, the better one, so a tie at an edge moves together; a
 * buyer whose value is zero or less (nothing spent in the window) is Base.
 *
 * A buyer's rank is the number of buyers with a strictly higher value; a tier
 * ending at rank E holds every value ≥ the E-th highest, so four order
 * statistics give the cut values. Returns indices into `tiers` (0 = VIP).
 */
export function tierIndices(values: Float64Array, shares: TierShares): Uint8Array {
  const n = values.length;
  let total = 0;
  const edges = rankedShares(shares).map((share) => {
    total += share;
    return Math.round(n * Math.min(total, 1));
  });
  // The E-th highest value is the (n − E)-th in ascending order; four of them, not a sort.
  const found = orderStatistics(values, edges.map((edge) => n - edge));
  const [vip, gold, silver, bronze] = edges.map((edge, k) =>
    edge === 0 ? Number.POSITIVE_INFINITY : found[k]);
  const result = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const tier = v >= vip ? 0 : v >= gold ? 1 : v >= silver ? 2 : v >= bronze ? 3 : BASE;
    result[i] = v <= 0 ? BASE : tier;
  }
  return result;
}

export function assignTiers(values: ArrayLike<number>, shares: TierShares): Tier[] {
  return Array.from(tierIndices(Float64Array.from(values), shares), (index) => tierNames[index]);
}

/** The ranked tiers' shares from the top: VIP, Gold, Silver, Bronze. */
function rankedShares(shares: TierShares): number[] {
  return [shares.vip, shares.gold, shares.silver, shares.bronze];
}

/**
 * The band of buyers a ranked tier holds, as shares from the top (Gold by default: 0.01 to
 * 0.05), cut at all buyers as the tiers are; null for Base and Prospect, which are what is left.
 */
export function tierBand(tier: Tier, shares: TierShares): { from: number; to: number } | null {
  // Ranked tiers come first in `tiers`, Base and Prospect after them.
  const at = tierNames.indexOf(tier);
  if (at >= BASE) return null;
  const from = rankedShares(shares).slice(0, at).reduce((sum, share) => sum + share, 0);
  return { from: Math.min(from, 1), to: Math.min(from + rankedShares(shares)[at], 1) };
}
