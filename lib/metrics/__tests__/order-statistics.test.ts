import { describe, expect, it } from "vitest";

import { orderStatistics } from "@/lib/metrics/order-statistics";

/** A repeatable sequence with many ties, as order counts and recencies have. */
function values(n: number, distinct: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: n }, () => {
    state = (state * 48271) % 2147483647;
    return state % distinct;
  });
}

describe("orderStatistics", () => {
  it("finds the 2nd, 5th and 9th smallest of ten values", () => {
    expect(orderStatistics(Float64Array.of(7, 1, 9, 3, 3, 8, 2, 6, 5, 4), [1, 4, 8])).toEqual([
      2, 4, 8,
    ]);
  });

  it.each([
    [1000, 3],
    [1000, 1000000],
    [5001, 40],
    [1, 1],
  ])("agrees with a full sort on %i values of %i distinct", (n, distinct) => {
    const input = values(n, distinct, n + distinct);
    const sorted = [...input].sort((a, b) => a - b);
    const ranks = [0, Math.floor(n / 5), Math.floor(n / 2), n - 1, Math.floor(n / 5)];
    expect(orderStatistics(Float64Array.from(input), ranks)).toEqual(ranks.map((r) => sorted[r]));
  });

  it.each([
    ["negative whole numbers", (v: number) => v - 20],
    ["fractions", (v: number) => v / 4],
  ])("agrees with a full sort on %s", (_, shift) => {
    const input = values(2000, 40, 7).map(shift);
    const sorted = [...input].sort((a, b) => a - b);
    const ranks = [1999, 0, 400, 1000, 1600];
    expect(orderStatistics(Float64Array.from(input), ranks)).toEqual(ranks.map((r) => sorted[r]));
  });

  it("answers NaN for a rank outside the values", () => {
    expect(orderStatistics(Float64Array.of(1, 2), [2, -1])).toEqual([Number.NaN, Number.NaN]);
  });
});
