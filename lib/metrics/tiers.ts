import type { Tier } from "@/db/schema/metrics";
import type { TierShares } from "@/lib/settings/schema";

export const buyerTiers = ["vip", "gold", "silver", "bronze", "base"] as const;

/**
 * The customer pyramid: buyers ranked by value, the top 1 % VIP, the next 4 %
 * Gold, 15 % Silver, 30 % Bronze, the rest Base (shares are settings). Equal
 * values share a tier, the better one, so a tie at an edge moves together; a
 * buyer whose value is zero or less (nothing spent in the window) is Base.
 */
export function assignTiers(values: ArrayLike<number>, shares: TierShares): Tier[] {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b] - values[a]);
  const edges = cumulativeEdges(n, shares);

  const tiers: Tier[] = new Array(n);
  let rank = 0;
  for (let k = 0; k < n; k++) {
    const value = values[order[k]];
    if (k > 0 && value !== values[order[k - 1]]) rank = k;
    tiers[order[k]] = value <= 0 ? "base" : buyerTiers[edges.findIndex((edge) => rank < edge)];
  }
  return tiers;
}

/** Rank positions where each tier ends: [vip, gold, silver, bronze, base]. */
function cumulativeEdges(n: number, shares: TierShares): number[] {
  let total = 0;
  const edges = [shares.vip, shares.gold, shares.silver, shares.bronze].map((share) => {
    total += share;
    return Math.round(n * Math.min(total, 1));
  });
  return [...edges, Infinity];
}
