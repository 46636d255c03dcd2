import { describe, expect, it } from "vitest";
import { fitBgNbd } from "../bgnbd";
import { fitGammaGamma } from "../gamma-gamma";
import type { CustomerInputs } from "../types";
import { WARM_START_ABOVE, warmStartSample } from "../warm-start";

/**
 * A cohort large enough to start from a sample's fit, shaped like the import benchmark's: a
 * steady Poisson rate for everyone over their whole age, nobody drops out and amounts do not
 * depend on the customer, so the BG/NBD runs to r, b → ∞, a → 0 and the Gamma-Gamma to q → ∞.
 */
function noDropoutCohort(): CustomerInputs[] {
  let seed = 12345;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  // Ages from 26 weeks, so that more than WARM_START_ABOVE of them repeat (the spend fit's cohort).
  return Array.from({ length: WARM_START_ABOVE + 2000 }, () => {
    const T = 26 + Math.floor(random() * 130 * 7) / 7;
    const days: number[] = [];
    for (let t = -Math.log(random()) * 60; t < T * 7; t += -Math.log(random()) * 60) days.push(Math.floor(t) / 7);
    const amounts = days.map(() => 5 + Math.floor(random() * 40_000) / 100);
    const zbar = amounts.reduce((sum, a) => sum + a, 0) / Math.max(1, amounts.length);
    return { x: days.length, tx: days.at(-1) ?? 0, T, zbar };
  });
}

describe("fits that start from a sample's edges", () => {
  const customers = noDropoutCohort();

  it("BG/NBD: the same bounded fit as the full search from the same start", () => {
    const sample = fitBgNbd(warmStartSample(customers));
    const hinted = fitBgNbd(customers);
    if (sample.status !== "fitted" || hinted.status !== "fitted") throw new Error("expected fits");
    expect(sample.boundedParameters.length).toBeGreaterThan(0);
    // An explicit start takes no hint from a sample: the full search decides.
    const searched = fitBgNbd(customers, sample);
    if (searched.status !== "fitted") throw new Error("expected a fit");
    expect(hinted.boundedParameters).toEqual(searched.boundedParameters);
    for (const key of ["r", "alpha", "a", "b"] as const) {
      expect(Math.abs(hinted[key] / searched[key] - 1), key).toBeLessThan(1e-4);
    }
    expect(hinted.logLikelihood).toBeCloseTo(searched.logLikelihood, 3);
  });

  it("Gamma-Gamma: the same bounded fit as the full search from the same start", () => {
    const sample = fitGammaGamma(warmStartSample(customers.filter((c) => c.x > 0)));
    const hinted = fitGammaGamma(customers);
    expect(hinted.customers).toBeGreaterThan(WARM_START_ABOVE);
    if (sample.status !== "fitted" || hinted.status !== "fitted") throw new Error("expected fits");
    expect(sample.boundedParameters).toEqual(["q"]);
    const searched = fitGammaGamma(customers, sample);
    if (searched.status !== "fitted") throw new Error("expected a fit");
    expect(hinted.boundedParameters).toEqual(searched.boundedParameters);
    for (const key of ["p", "q", "gamma"] as const) {
      expect(Math.abs(hinted[key] / searched[key] - 1), key).toBeLessThan(1e-4);
    }
    expect(hinted.logLikelihood).toBeCloseTo(searched.logLikelihood, 3);
  });
});
