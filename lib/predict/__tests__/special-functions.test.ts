import { describe, expect, it } from "vitest";
import { expm1Ratio, log1pExp, logAddExp, logGamma } from "../special-functions";

describe("logGamma", () => {
  it.each([
    [0.5, 0.5 * Math.log(Math.PI)],
    [1, 0],
    [2, 0],
    [3.5, Math.log(3.32335097044784255)],
    [10, Math.log(362880)],
    [100, 359.13420536957539878],
    [1e-8, 18.420680738180208905],
    [1e6, 12815504.569147611],
  ])("log Γ(%d)", (x, expected) => {
    expect(Math.abs(logGamma(x) - expected)).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected)));
  });

  it("is NaN outside its domain instead of a wrong number", () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-1.5)).toBeNaN();
  });
});

describe("log-space helpers", () => {
  it("logAddExp neither overflows nor loses the small term", () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logAddExp(-1000, -1001)).toBeCloseTo(-1000 + Math.log1p(Math.exp(-1)), 12);
    expect(logAddExp(Number.NEGATIVE_INFINITY, 3)).toBe(3);
  });

  it("log1pExp is exact at both tails", () => {
    expect(log1pExp(800)).toBe(800);
    expect(log1pExp(-800)).toBeCloseTo(Math.exp(-800), 320);
    expect(log1pExp(0)).toBeCloseTo(Math.LN2, 15);
  });

  it("expm1Ratio is continuous at k = 0", () => {
    expect(expm1Ratio(0, -2)).toBe(-2);
    expect(expm1Ratio(1e-12, -2)).toBeCloseTo(-2, 10);
    expect(expm1Ratio(0.5, -2)).toBeCloseTo(Math.expm1(-1) / 0.5, 15);
  });
});
