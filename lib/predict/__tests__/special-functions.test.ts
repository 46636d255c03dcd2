import { describe, expect, it } from "vitest";
import {
  digamma,
  digammaDifference,
  expm1Ratio,
  log1pExp,
  logAddExp,
  logGamma,
  logRisingFactorial,
  logRisingFactorialSlope,
} from "../special-functions";

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

describe("digamma", () => {
  const EULER = 0.57721566490153286;
  it.each([
    [1, -EULER],
    [0.5, -EULER - 2 * Math.LN2],
    [2, 1 - EULER],
    [10, 2.2517525890667211],
    [1e-8, -100000000.57721564],
  ])("ψ(%d)", (x, expected) => {
    expect(Math.abs(digamma(x) - expected)).toBeLessThan(1e-13 * Math.max(1, Math.abs(expected)));
  });

  it("keeps the digits of a small difference between two large arguments", () => {
    // ψ(z + 3) − ψ(z) = 1/z + 1/(z+1) + 1/(z+2) exactly.
    const z = 1e7;
    expect(digammaDifference(z, 3)).toBeCloseTo(1 / z + 1 / (z + 1) + 1 / (z + 2), 20);
    expect(digammaDifference(2.5, 3)).toBeCloseTo(1 / 2.5 + 1 / 3.5 + 1 / 4.5, 14);
  });

  it("logRisingFactorialSlope is the derivative of logRisingFactorial, short and long", () => {
    for (const [base, n] of [[0.3, 5], [1e4, 10], [2.5, 200], [1e4, 500]]) {
      const h = 1e-6 * base;
      const numeric = (logRisingFactorial(base + h, n) - logRisingFactorial(base - h, n)) / (2 * h);
      expect(Math.abs(logRisingFactorialSlope(base, n) - numeric)).toBeLessThan(1e-6 * Math.abs(numeric));
    }
  });
});
