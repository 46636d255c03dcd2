import type { RfmSettings } from "@/lib/settings/schema";

import { orderStatistics } from "./order-statistics";

/**
 * Scores 1–5 by quintile: a customer's score is set by the share of buyers
 * who are strictly worse, 1 + floor(5 · worse / n), so equal values always
 * share a score even when a tie straddles a quintile edge (CDNOW's many
 * one-order customers all get F 1). Score s needs worse ≥ k = ⌈(s−1)·n/5⌉,
 * which is the same as beating the k-th worst value: four order statistics
 * score everyone without ranking each customer.
 */
export function quintileScores(values: Float64Array, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const ranks = [2, 3, 4, 5].map((s) => {
    const k = Math.ceil(((s - 1) * n) / 5);
    return higherIsBetter ? k - 1 : n - k;
  });
  const thresholds = orderStatistics(values, ranks);
  const scores = new Uint8Array(n);
  // Lower-is-better is higher-is-better of the negated values.
  const sign = higherIsBetter ? 1 : -1;
  const [e2, e3, e4, e5] = thresholds.map((edge) => sign * edge);
  for (let i = 0; i < n; i++) {
    const v = sign * values[i];
    scores[i] = 1 + (v > e2 ? 1 : 0) + (v > e3 ? 1 : 0) + (v > e4 ? 1 : 0) + (v > e5 ? 1 : 0);
  }
  return scores;
}

/**
 * Scores by fixed edges. Lower is better (recency in days): 5 up to the first
 * edge, 1 past the last. Higher is better: 1 below the first edge, 5 from the
 * last one up.
 */
export function edgeScores(values: Float64Array, edges: readonly number[], higherIsBetter: boolean): Uint8Array {
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
  recencyDays: Float64Array,
  frequency: Float64Array,
  monetaryMinor: Float64Array,
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
