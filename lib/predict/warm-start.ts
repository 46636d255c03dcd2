/**
 * Large cohorts: a first fit on every k-th customer lands near the optimum for a fraction of
 * the cost, and the fit on everyone starts there, so its few iterations are the only ones
 * that pay for every distinct row. Below this many customers the fit starts from the
 * models' default point, as before.
 */
export const WARM_START_ABOVE = 40_000;
const SAMPLE_SIZE = 10_000;

/** Every k-th item, about SAMPLE_SIZE of them: deterministic and spread over the input order. */
export function warmStartSample<T>(items: readonly T[]): T[] {
  const every = Math.ceil(items.length / SAMPLE_SIZE);
  return items.filter((_, i) => i % every === 0);
}
