import { describe, expect, it } from "vitest";
import { fitLogParameters, type Differentiable } from "../bounded-fit";

/** θ0 has its optimum at 1; θ1's objective keeps falling towards +∞ (an optimum beyond the box). */
const runsOff: Differentiable = {
  value: ([a, b]) => (a - 1) ** 2 + Math.exp(-b),
  gradient: ([a, b]) => [2 * (a - 1), -Math.exp(-b)],
};
const box = { names: ["a", "b"], lower: [-5, -5], upper: [5, 5] };

describe("fitLogParameters", () => {
  it("pins a parameter that runs off to the edge it runs to", () => {
    const fit = fitLogParameters(runsOff, [0, 0], box);
    expect(fit.boundedParameters).toEqual(["b"]);
    expect(fit.logParams[0]).toBeCloseTo(1, 6);
    expect(fit.logParams[1]).toBe(5);
  });

  it("lands on the same fit straight from a sample's edges", () => {
    const full = fitLogParameters(runsOff, [0.9, 5], box);
    const hinted = fitLogParameters(runsOff, [0.9, 5], box, ["b"]);
    expect(hinted.boundedParameters).toEqual(full.boundedParameters);
    expect(hinted.logParams[0]).toBeCloseTo(full.logParams[0], 6);
    expect(hinted.logParams[1]).toBe(full.logParams[1]);
  });

  it("lands on the same fit from a sample's free fit, pinning what leaves the box here", () => {
    const full = fitLogParameters(runsOff, [0.9, 2], box);
    const fromSample = fitLogParameters(runsOff, [0.9, 2], box, []);
    expect(fromSample.boundedParameters).toEqual(full.boundedParameters);
    expect(fromSample.logParams[0]).toBeCloseTo(full.logParams[0], 6);
    expect(fromSample.logParams[1]).toBe(full.logParams[1]);
  });

  it("ignores a sample's edge that is no optimum of the box (the slope points back in)", () => {
    const interior: Differentiable = {
      value: ([a, b]) => (a - 1) ** 2 + (b + 2) ** 2,
      gradient: ([a, b]) => [2 * (a - 1), 2 * (b + 2)],
    };
    const fit = fitLogParameters(interior, [1, 5], box, ["b"]);
    expect(fit.boundedParameters).toEqual([]);
    expect(fit.logParams[0]).toBeCloseTo(1, 6);
    expect(fit.logParams[1]).toBeCloseTo(-2, 6);
  });
});
