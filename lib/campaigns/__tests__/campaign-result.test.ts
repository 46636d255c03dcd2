import { describe, expect, it } from "vitest";
import { campaignResult, type CampaignResultInput } from "../campaign-result";

const DAY = 86_400_000;
const sentAt = new Date("2025-03-01T09:00:00Z");

/** Treatment 240/2,000 responders with 16,000 revenue; holdout 40/500 with 2,500; 14-day window long over. */
const base: CampaignResultInput = {
  treatment: { audience: 2000, responders: 240, revenue: 16_000 },
  holdout: { audience: 500, responders: 40, revenue: 2_500 },
  cost: { fixed: 200, perContact: 0.4 },
  marginRate: 0.3,
  sentAt,
  attributionWindowDays: 14,
  now: new Date(sentAt.getTime() + 30 * DAY),
};

const withCounts = (tResponders: number, hResponders: number, extra: Partial<CampaignResultInput> = {}) =>
  campaignResult({
    ...base,
    treatment: { ...base.treatment, responders: tResponders },
    holdout: { ...base.holdout, responders: hResponders },
    ...extra,
  });

describe("campaignResult arithmetic (treatment 240/2,000 & 16,000; holdout 40/500 & 2,500)", () => {
  const r = campaignResult(base);

  it("response rates 240/2,000 = 12 % and 40/500 = 8 %; revenue per customer 16,000/2,000 = 8 and 2,500/500 = 5", () => {
    expect(r.treatment.responseRate).toBeCloseTo(0.12, 15);
    expect(r.holdout.responseRate).toBeCloseTo(0.08, 15);
    expect(r.treatment.revenuePerCustomer).toBe(8);
    expect(r.holdout.revenuePerCustomer).toBe(5);
  });

  it("rate uplift 12 % − 8 % = 0.04; incremental responders 0.04 × 2,000 = 80", () => {
    expect(r.rateUplift).toBeCloseTo(0.04, 15);
    expect(r.incrementalResponders).toBeCloseTo(80, 10);
  });

  it("incremental revenue (8 − 5) × 2,000 = 6,000; incremental margin 6,000 × 0.3 = 1,800", () => {
    expect(r.revenuePerCustomerUplift).toBe(3);
    expect(r.incrementalRevenue).toBe(6000);
    expect(r.incrementalMargin).toBeCloseTo(1800, 10);
  });

  it("cost 200 + 0.4 × 2,000 = 1,000; ROI = (1,800 − 1,000) / 1,000 = 0.8", () => {
    expect(r.cost).toBeCloseTo(1000, 10);
    expect(r.roi).toBeCloseTo(0.8, 12);
  });

  it("z-test: pooled 280/2,500 = 0.112, z = 0.04 / √(0.112·0.888·(1/500 + 1/2,000)) = 2.53673, p = 0.011189", () => {
    expect(r.test.pooledRate).toBeCloseTo(0.112, 15);
    expect(r.test.z).toBeCloseTo(2.5367314471592051, 10);
    expect(r.test.pValue).toBeCloseTo(0.011189275230811294, 10);
  });

  it("chance to beat 0.9949151431 and verdict significant_positive; window ended 14 days after sending", () => {
    expect(Math.abs(r.chanceToBeat! - 0.99491514313821873)).toBeLessThan(1e-10);
    expect(r.verdict).toBe("significant_positive");
    expect(r.attributionEndsAt.toISOString()).toBe("2025-03-15T09:00:00.000Z");
  });
});

describe("campaignResult options", () => {
  it("cost uses the treated profiles actually contacted: 200 + 0.4 × 1,500 = 800, ROI (1,800 − 800)/800 = 1.25", () => {
    const r = campaignResult({ ...base, treatedContacted: 1500 });
    expect(r.cost).toBeCloseTo(800, 10);
    expect(r.roi).toBeCloseTo(1.25, 12);
  });

  it("zero cost leaves ROI null", () => {
    expect(campaignResult({ ...base, cost: { fixed: 0, perContact: 0 } }).roi).toBeNull();
  });

  it("p = 0.0112 is not significant at 99 % confidence", () => {
    expect(campaignResult({ ...base, confidence: 0.99 }).verdict).toBe("not_significant");
  });

  it("an empty holdout gives nulls, no chance to beat, and too_small", () => {
    const r = campaignResult({ ...base, holdout: { audience: 0, responders: 0, revenue: 0 } });
    expect(r.holdout.responseRate).toBeNull();
    expect(r.incrementalRevenue).toBeNull();
    expect(r.incrementalMargin).toBeNull();
    expect(r.roi).toBeNull();
    expect(r.chanceToBeat).toBeNull();
    expect(r.cost).toBeCloseTo(1000, 10);
    expect(r.verdict).toBe("too_small");
  });

  it("rejects inconsistent input", () => {
    expect(() => campaignResult({ ...base, marginRate: 1.2 })).toThrow(RangeError);
    expect(() => campaignResult({ ...base, treatedContacted: 2001 })).toThrow(RangeError);
    expect(() => campaignResult({ ...base, cost: { fixed: -1, perContact: 0 } })).toThrow(RangeError);
    expect(() => campaignResult({ ...base, now: new Date("nonsense") })).toThrow(RangeError);
  });
});

describe("campaignResult verdict", () => {
  it("too_small when a group has fewer than 100 profiles, even while the window is still open", () => {
    const r = campaignResult({
      ...base,
      holdout: { audience: 99, responders: 8, revenue: 500 },
      now: new Date(sentAt.getTime() + DAY),
    });
    expect(r.verdict).toBe("too_small");
  });

  it("too_early one millisecond before the window closes, decided once it has", () => {
    const end = sentAt.getTime() + 14 * DAY;
    expect(campaignResult({ ...base, now: new Date(end - 1) }).verdict).toBe("too_early");
    expect(campaignResult({ ...base, now: new Date(end) }).verdict).toBe("significant_positive");
  });

  it("too_small when the pooled rate expects under 10 responders in the smaller group (6/2,500 × 500 = 1.2)", () => {
    expect(withCounts(5, 1).verdict).toBe("too_small");
  });

  it("too_small when it expects under 10 non-responders (15/2,500 × 500 = 3)", () => {
    expect(withCounts(1990, 495).verdict).toBe("too_small");
  });

  it("not_significant for 8.5 % vs 8 %", () => {
    expect(withCounts(170, 40).verdict).toBe("not_significant");
  });

  it("significant_negative for 5 % vs 8 %", () => {
    const r = withCounts(100, 40);
    expect(r.test.pValue).toBeLessThan(0.05);
    expect(r.verdict).toBe("significant_negative");
  });

  it("the thresholds are configurable: a 600-profile minimum makes the 500 holdout too small", () => {
    expect(campaignResult({ ...base, thresholds: { minGroupSize: 600 } }).verdict).toBe("too_small");
  });
});
