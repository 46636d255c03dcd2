/**
 * Scores 1–5 by quintile: a customer's score is set by the share of buyers
 * who are strictly worse, so equal values always share a score even when a
 * tie straddles a quintile edge (CDNOW's many one-order customers all get F 1).
 */
export function quintileScores(values: ArrayLike<number>, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const scores = new Uint8Array(n);
  if (n === 0) return scores;
  const order = Array.from({ length: n }, (_, i) => i);
  const sign = higherIsBetter ? 1 : -1;
  order.sort((a, b) => sign * (values[a] - values[b]));

  let worse = 0;
  for (let k = 0; k < n; k++) {
    if (k > 0 && values[order[k]] !== values[order[k - 1]]) worse = k;
    scores[order[k]] = 1 + Math.floor((5 * worse) / n);
  }
  return scores;
}

export type RfmScores = { r: Uint8Array; f: Uint8Array; m: Uint8Array };

/** R by days since the last order (fewer is better), F by orders, M by net spend. */
export function scoreRfm(
  recencyDays: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
): RfmScores {
  return {
    r: quintileScores(recencyDays, false),
    f: quintileScores(frequency, true),
    m: quintileScores(monetary, true),
  };
}
