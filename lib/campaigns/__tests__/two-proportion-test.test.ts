import { describe, expect, it } from "vitest";
import { twoProportionTest } from "../two-proportion-test";

const group = (responders: number, audience: number) => ({ audience, responders });

describe("twoProportionTest", () => {
  it("30/100 holdout vs 45/100 treatment: z = 2.1909, two-sided p = 0.02846", () => {
    const r = twoProportionTest(group(30, 100), group(45, 100));
    expect(r.z).toBeCloseTo(2.1909, 4);
    expect(r.pValue).toBeCloseTo(0.02846, 5);
    expect(r.reason).toBe("ok");
  });

  it("144/1200 vs 192/1200: z = 2.824, p = 0.0047", () => {
    const r = twoProportionTest(group(144, 1200), group(192, 1200));
    expect(r.z).toBeCloseTo(2.824, 3);
    expect(r.pValue).toBeCloseTo(0.0047, 4);
  });

  it("144/1200 vs 192/1200: uplift 0.04 with Wald 95 % CI 0.04 ± 1.96·√0.0002 = [0.012282, 0.067718], relative +33.3 %", () => {
    const r = twoProportionTest(group(144, 1200), group(192, 1200));
    expect(r.controlRate).toBeCloseTo(0.12, 15);
    expect(r.treatmentRate).toBeCloseTo(0.16, 15);
    expect(r.pooledRate).toBeCloseTo(0.14, 15);
    expect(r.uplift).toBeCloseTo(0.04, 15);
    expect(r.upliftCi?.lower).toBeCloseTo(0.0122819235130064, 12);
    expect(r.upliftCi?.upper).toBeCloseTo(0.0677180764869936, 12);
    expect(r.upliftCi?.confidence).toBe(0.95);
    expect(r.relativeUplift).toBeCloseTo(1 / 3, 12);
  });

  it("a 90 % interval is narrower: 0.04 ± 1.644854·√0.0002", () => {
    const r = twoProportionTest(group(144, 1200), group(192, 1200), { confidence: 0.9 });
    expect(r.upliftCi?.lower).toBeCloseTo(0.04 - 1.6448536269514722 * Math.sqrt(0.0002), 12);
  });

  it("a worse treatment gives negative z and the same p", () => {
    const r = twoProportionTest(group(45, 100), group(30, 100));
    expect(r.z).toBeCloseTo(-2.1909, 4);
    expect(r.pValue).toBeCloseTo(0.02846, 5);
    expect(r.uplift).toBeCloseTo(-0.15, 15);
  });

  it("equal rates give z = 0 and p = 1", () => {
    const r = twoProportionTest(group(50, 1000), group(100, 2000));
    expect(r.z).toBe(0);
    expect(r.pValue).toBe(1);
  });

  it("keeps tiny p-values instead of rounding to 0 (0/100 vs 100/100: z = √200, p ≈ 2.09e-45)", () => {
    const r = twoProportionTest(group(0, 100), group(100, 100));
    expect(r.z).toBeCloseTo(Math.sqrt(200), 12);
    expect(r.pValue! / 2.08848758376254475e-45).toBeCloseTo(1, 10);
    // Both rates at the bounds: the Wald interval would have zero width.
    expect(r.upliftCi).toBeNull();
    expect(r.relativeUplift).toBeNull();
    expect(r.reason).toBe("rates_at_bounds");
  });

  it("an empty group nulls every comparison and says why", () => {
    const r = twoProportionTest(group(0, 0), group(10, 100));
    expect(r).toEqual({
      controlRate: null,
      treatmentRate: 0.1,
      pooledRate: null,
      z: null,
      pValue: null,
      uplift: null,
      upliftCi: null,
      relativeUplift: null,
      reason: "empty_group",
    });
  });

  it("0 % in both groups: uplift 0 but no test (no_variation), nothing NaN", () => {
    const r = twoProportionTest(group(0, 500), group(0, 700));
    expect(r.reason).toBe("no_variation");
    expect(r.uplift).toBe(0);
    expect(r.z).toBeNull();
    expect(r.pValue).toBeNull();
    expect(r.relativeUplift).toBeNull();
    expect(Object.values(r).some((v) => typeof v === "number" && Number.isNaN(v))).toBe(false);
  });

  it("100 % in both groups is no_variation too", () => {
    expect(twoProportionTest(group(80, 80), group(90, 90)).reason).toBe("no_variation");
  });

  it("0 % control with responding treatment: test runs, relative uplift is null", () => {
    const r = twoProportionTest(group(0, 200), group(10, 200));
    expect(r.reason).toBe("ok");
    expect(r.z).toBeGreaterThan(3);
    expect(r.relativeUplift).toBeNull();
  });

  it("handles ten million per group: 50.0 % vs 50.1 % gives z = 4.47214, p = 7.744e-6", () => {
    const r = twoProportionTest(group(5_000_000, 10_000_000), group(5_010_000, 10_000_000));
    expect(r.z).toBeCloseTo(4.472138191069234, 9);
    expect(r.pValue! / 7.74413543227876823e-6).toBeCloseTo(1, 8);
  });

  it("rejects impossible counts and confidence levels", () => {
    expect(() => twoProportionTest(group(11, 10), group(1, 10))).toThrow(RangeError);
    expect(() => twoProportionTest(group(1.5, 10), group(1, 10))).toThrow(RangeError);
    expect(() => twoProportionTest(group(1, -1), group(1, 10))).toThrow(RangeError);
    expect(() => twoProportionTest(group(1, 10), group(1, 10), { confidence: 1 })).toThrow(RangeError);
  });
});
