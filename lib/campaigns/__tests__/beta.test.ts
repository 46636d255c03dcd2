import { describe, expect, it } from "vitest";
import { logBeta, logGamma, regularizedIncompleteBeta } from "../beta";

describe("logGamma", () => {
  it.each([
    [0.5, 0.5723649429247001], // ln √π
    [1e-5, 11.512919692895825],
    [3.7, 1.4280723266653880],
    [9.99, 12.779315214350200], // just below the Stirling switch
    [10, 12.801827480081469], // ln 9!
    [1e6, 12815504.569147612],
  ])("lnΓ(%d) matches mpmath to 1e-14 relative (or 1e-14 absolute near 0)", (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-14 * Math.max(1, Math.abs(expected)));
  });

  it("is 0 at 1 and 2 (Γ = 1) to rounding", () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-14);
  });

  it("rejects x ≤ 0", () => {
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe("logBeta", () => {
  it("B(2, 3) = 1/12", () => {
    expect(Math.exp(logBeta(2, 3))).toBeCloseTo(1 / 12, 14);
  });
});

describe("regularizedIncompleteBeta", () => {
  it.each([
    [0.3, 31, 71, 0.476911558657237885294987718531, 1e-13],
    [0.001, 0.5, 100.5, 0.345763812898141229605624835504, 1e-13],
    // Shapes of a million: ln Γ of ~1e7 carries ~1e-9 rounding, hence the looser bound.
    [0.5005, 500001, 500001, 0.8413449880391362, 1e-9],
    [0.333, 1e5, 2e5, 0.34940317176600605, 1e-9],
  ])("I_%d(%d, %d) matches the reference", (x, a, b, expected, tolerance) => {
    expect(Math.abs(regularizedIncompleteBeta(x, a, b) - expected)).toBeLessThan(tolerance);
  });

  it("I_0.9(2, 3) = 1 − 0.1⁴ − 4·0.9·0.1³ = 0.9963 (binomial identity)", () => {
    // For integer shapes I_x(2, 3) = P(Binomial(4, x) ≥ 2) = 1 − (1−x)⁴ − 4x(1−x)³.
    expect(regularizedIncompleteBeta(0.9, 2, 3)).toBeCloseTo(1 - 0.1 ** 4 - 4 * 0.9 * 0.1 ** 3, 14);
  });

  it("is 0 and 1 at the ends and rejects non-positive shapes", () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});
