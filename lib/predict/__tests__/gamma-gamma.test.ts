import { describe, expect, it } from "vitest";
import { expectedOrderValue, fitGammaGamma, gammaGammaLogLikelihood } from "../gamma-gamma";
import { loadPublishedSummary } from "./cdnow";
import { PUBLISHED_GAMMA_GAMMA, expectPublished } from "./published";

const customers = loadPublishedSummary();

describe("Gamma-Gamma on the CDNOW sample", () => {
  it("has the published (full) log-likelihood at the published parameters", () => {
    expect(gammaGammaLogLikelihood(PUBLISHED_GAMMA_GAMMA, customers)).toBeCloseTo(-4055.92, 2);
  });

  it("reproduces the published fit on the 946 repeat buyers", () => {
    const fit = fitGammaGamma(customers);
    if (fit.status !== "fitted") throw new Error("expected a fit");
    expect(fit.customers).toBe(PUBLISHED_GAMMA_GAMMA.customers);
    expect(fit.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
    expectPublished(fit.p, PUBLISHED_GAMMA_GAMMA.p);
    expectPublished(fit.q, PUBLISHED_GAMMA_GAMMA.q);
    expectPublished(fit.gamma, PUBLISHED_GAMMA_GAMMA.gamma);
    expect(fit.logLikelihood).toBeCloseTo(PUBLISHED_GAMMA_GAMMA.logLikelihood, 2);
  });

  it("shrinks a customer's mean towards the population mean", () => {
    const { p, q, gamma } = PUBLISHED_GAMMA_GAMMA;
    const populationMean = (p * gamma) / (q - 1);
    expect(expectedOrderValue(PUBLISHED_GAMMA_GAMMA, { x: 0, zbar: 0 })).toBeCloseTo(populationMean, 10);
    // Customer 1: x = 2, z̄ = 22.35 → (p(γ + x z̄)) / (p x + q − 1).
    const expected = (p * (gamma + 2 * 22.35)) / (p * 2 + q - 1);
    expect(expectedOrderValue(PUBLISHED_GAMMA_GAMMA, { x: 2, zbar: 22.35 })).toBeCloseTo(expected, 10);
    expect(expected).toBeCloseTo(24.7, 1);
  });
});
