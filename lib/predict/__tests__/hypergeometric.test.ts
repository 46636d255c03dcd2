import { describe, expect, it } from "vitest";
import { hypergeometricIncrement } from "../hypergeometric";

// Reference values of C·(₂F₁(A,B;C;z) − 1)/B from mpmath at 30 digits (limits at B = 0 and C = 0).
const REFERENCE: [number, number, number, number, number][] = [
  [1.9759, -0.2071, 3.2188, 0.5, 1.1705566264788187],
  [1.9759, -0.2071, 1.2188, 0.9, 5.7622353436823309],
  [0.5, 0, 2.5, 0.7, 0.42387017853463591],
  [2.0, 0.5, 0, 0.6, 10.079760041786707],
  [-0.7, 1.5, -0.5, 0.8, -2.4369090092801629],
  [40, 3, 45, 0.95, 6370.8457951914753],
];

describe("hypergeometricIncrement", () => {
  it.each(REFERENCE)("H(%d, %d, %d; %d) matches mpmath", (A, B, C, z, expected) => {
    const result = hypergeometricIncrement(A, B, C, z);
    expect(result.converged).toBe(true);
    expect(Math.abs(result.value - expected)).toBeLessThan(1e-12 * Math.abs(expected));
  });

  it("is 0 at z = 0 and when A = 0", () => {
    expect(hypergeometricIncrement(1.5, 0.2, 2, 0)).toEqual({ value: 0, converged: true, magnitude: 0 });
    expect(hypergeometricIncrement(0, 0.2, 2, 0.9)).toEqual({ value: 0, converged: true, magnitude: 0 });
  });

  it("reports non-convergence when z is too close to 1 for the series", () => {
    expect(hypergeometricIncrement(1.9759, -0.2071, 1.2188, 1 - 1e-7).converged).toBe(false);
  });

  it("reports cancellation when A is hugely negative", () => {
    expect(hypergeometricIncrement(-5000, 0.5, 0.5, 0.9).converged).toBe(false);
  });

  it("rejects arguments outside its domain with NaN, not a wrong number", () => {
    expect(hypergeometricIncrement(1, 1, 1, 1).value).toBeNaN();
    expect(hypergeometricIncrement(1, -1.5, 1, 0.5).value).toBeNaN();
  });
});
