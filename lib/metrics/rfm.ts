import type { RfmSettings } from "@/lib/settings/schema";

/**
 * Scores 1–5 by quintile: a customer's score is set by the share of buyers
 * who are strictly worse, 1 + floor(5 · worse / n), so equal values always
 * share a score even when a tie straddles a quintile edge (CDNOW's many
 * one-order customers all get F 1). Score s needs worse ≥ k = ⌈(s−1)·n/5⌉,
 * which is the same as beating the k-th worst value: four order statistics
 * of one sorted copy score everyone without ranking each customer.
 */
export function quintileScores(values: ArrayLike<number>, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const thresholds = [2, 3, 4, 5].map((s) => {
    const k = Math.ceil(((s - 1) * n) / 5);
    return higherIsBetter ? sorted[k - 1] : sorted[n - k];
  });
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    let score = 1;
    for (const edge of thresholds) if (higherIsBetter ? v > edge : v < edge) score++;
    scores[i] = score;
  }
  return scores;
}

/**
 * Scores by fixed edges. Lower is better (recency in days): 5 up to the first
 * edge, 1 past the last. Higher is better: 1 below the first edge, 5 from the
 * last one up.
 */
export function edgeScores(values: ArrayLike<number>, edges: readonly number[], higherIsBetter: boolean): Uint8Array {
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    let passed = 0;
    for (const edge of edges) if (higherIsBetter ? v >= edge : v > edge) passed++;
    scores[i] = higherIsBetter ? 1 + passed : 5 - passed;
  }
  return scores;
}

export type RfmScores = { r: Uint8Array; f: Uint8Array; m: Uint8Array };

/**
 * R by days since the last order (fewer is better), F by orders, M by net
 * spend (minor units; fixed monetary edges are in whole currency units).
 */
export function scoreRfm(
  recencyDays: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetaryMinor: ArrayLike<number>,
  settings: RfmSettings,
): RfmScores {
  if (settings.method === "fixed") {
    const { recency, frequency: f, monetary } = settings.edges;
    return {
      r: edgeScores(recencyDays, recency, false),
      f: edgeScores(frequency, f, true),
      m: edgeScores(monetaryMinor, monetary.map((edge) => edge * 100), true),
    };
  }
  return {
    r: quintileScores(recencyDays, false),
    f: quintileScores(frequency, true),
    m: quintileScores(monetaryMinor, true),
  };
}
