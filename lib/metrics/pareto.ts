/** One point of the Pareto curve: the top `customerShare` of buyers hold `revenueShare`. */
export type ParetoPoint = { customerShare: number; revenueShare: number };

/**
 * Share of net spend held by the top 0 %, 1 %, …, 100 % of buyers (ranked
 * by spend). Negative spend (refunds beyond purchases) counts as nothing, so
 * the curve rises from 0 to 1.
 */
export function paretoCurve(revenue: ArrayLike<number>, steps = 100): ParetoPoint[] {
  const sorted = Float64Array.from(revenue, (v) => Math.max(v, 0))
    .sort()
    .reverse();
  const total = sorted.reduce((sum, v) => sum + v, 0);
  const points: ParetoPoint[] = [];
  let held = 0;
  let taken = 0;
  for (let step = 0; step <= steps; step++) {
    const upTo = Math.round((sorted.length * step) / steps);
    while (taken < upTo) held += sorted[taken++];
    points.push({ customerShare: step / steps, revenueShare: total > 0 ? held / total : 0 });
  }
  return points;
}
