import { describe, expect, it } from "vitest";

import { groupResults, type MemberOutcome } from "@/lib/campaigns/results/group-results";

/** `n` members of one group, the first `responders` of them spending 50.00 (5,000 minor units) each. */
function members(n: number, responders: number, targetId: number, variantId: number, holdout: boolean): MemberOutcome[] {
  return Array.from({ length: n }, (_, i) => ({
    targetId,
    variantId,
    holdout,
    responded: i < responders,
    revenueMinor: i < responders ? 5000 : 0,
  }));
}

// Target 1 (VIP, one variant): 52/200 treated vs 24/200 held out.
// Target 2 (two variants): A 70/500 and B 70/500 treated; the holdout standing in for each 60/500.
const outcomes = [
  ...members(200, 52, 1, 11, false),
  ...members(200, 24, 1, 11, true),
  ...members(500, 70, 2, 21, false),
  ...members(500, 60, 2, 21, true),
  ...members(500, 70, 2, 22, false),
  ...members(500, 60, 2, 22, true),
];
const layout = [{ targetId: 1, variantIds: [11] }, { targetId: 2, variantIds: [21, 22] }];
const terms = {
  fixedCostMinor: 10_000,
  costPerContactMinor: 50,
  marginRate: 0.4,
  sentAt: new Date("2024-07-01T00:00:00Z"),
  attributionDays: 30,
  now: new Date("2024-09-01T00:00:00Z"),
};

describe("groupResults", () => {
  const results = groupResults(outcomes, layout, terms);

  it("campaign: 192/1200 vs 144/1200 gives z 2.824 and p 0.0047", () => {
    expect(results.total.treatment).toMatchObject({ audience: 1200, responders: 192, revenue: 960_000 });
    expect(results.total.holdout).toMatchObject({ audience: 1200, responders: 144, revenue: 720_000 });
    expect(results.total.test.z).toBeCloseTo(2.824, 3);
    expect(results.total.test.pValue).toBeCloseTo(0.0047, 4);
    expect(results.total.verdict).toBe("significant_positive");
  });

  it("campaign money: (800 − 600) × 1200 = 240,000 incremental revenue, 96,000 margin, cost 10,000 + 50 × 1200 = 70,000, ROI 26,000 / 70,000", () => {
    expect(results.total.incrementalRevenue).toBeCloseTo(240_000, 6);
    expect(results.total.incrementalMargin).toBeCloseTo(96_000, 6);
    expect(results.total.cost).toBe(70_000);
    expect(results.total.roi).toBeCloseTo(26_000 / 70_000, 12);
  });

  it("VIP target: 26 % vs 12 %, fixed cost shared by treated (200/1200), ROI (56,000 − 11,666.67) / 11,666.67 = 3.8", () => {
    const vip = results.byTarget.find((t) => t.targetId === 1)!.result;
    expect(vip.treatment.responseRate).toBeCloseTo(0.26, 12);
    expect(vip.holdout.responseRate).toBeCloseTo(0.12, 12);
    expect(vip.cost).toBeCloseTo(10_000 / 6 + 10_000, 6);
    expect(vip.incrementalRevenue).toBeCloseTo(140_000, 6);
    expect(vip.roi).toBeCloseTo(3.8, 9);
    const costs = results.byTarget.reduce((sum, t) => sum + t.result.cost, 0);
    expect(costs).toBeCloseTo(70_000, 6);
  });

  it("each variant is held against its own part of the holdout: A 70/500 vs 60/500", () => {
    const a = results.byVariant.find((v) => v.variantId === 21)!.result;
    expect(a.treatment).toMatchObject({ audience: 500, responders: 70 });
    expect(a.holdout).toMatchObject({ audience: 500, responders: 60 });
    expect(a.rateUplift).toBeCloseTo(0.02, 12);
    expect(a.verdict).toBe("not_significant");
  });

  it("before the window closes the verdict is too early", () => {
    const early = groupResults(outcomes, layout, { ...terms, now: new Date("2024-07-10T00:00:00Z") });
    expect(early.total.verdict).toBe("too_early");
  });
});
