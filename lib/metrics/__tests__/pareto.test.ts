import { describe, expect, it } from "vitest";

import { paretoCurve } from "@/lib/metrics/pareto";
import { topShare } from "@/lib/metrics/read-pareto";

describe("paretoCurve", () => {
  it("puts 50 of 100 spend in the top 20 % of five buyers (50, 20, 15, 10, 5)", () => {
    const curve = paretoCurve([10, 50, 5, 20, 15], 5);
    expect(curve.map((p) => p.revenueShare)).toEqual([0, 0.5, 0.7, 0.85, 0.95, 1]);
    expect(topShare(curve, 0.2)).toBe(0.5);
  });

  it("counts refunds beyond purchases as nothing, and an empty base as a flat curve", () => {
    expect(paretoCurve([-5, 10], 2).map((p) => p.revenueShare)).toEqual([0, 1, 1]);
    expect(paretoCurve([], 2).map((p) => p.revenueShare)).toEqual([0, 0, 0]);
  });
});
