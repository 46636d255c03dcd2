/**
 * Axis ticks at a round step (1, 2, 2.5 or 5 × a power of ten) that cover
 * [min, max] and include 0, so an axis reads 0 %, 100 %, 200 % rather than
 * 0 %, 95 %, 190 %.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low) return [0, 1];
  const rough = (high - low) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  // Multiplying whole numbers by the step keeps 0.1 + 0.2-style drift out of the labels.
  return Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
}
