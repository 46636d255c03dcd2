import { describe, expect, it } from "vitest";
import { bgnbdLogLikelihood, fitBgNbd } from "../bgnbd";
import { loadPublishedSummary } from "./cdnow";
import { PUBLISHED_BGNBD, expectPublished } from "./published";

const customers = loadPublishedSummary();

describe("BG/NBD on the CDNOW sample", () => {
  it("has the published log-likelihood at the published parameters", () => {
    expect(bgnbdLogLikelihood(PUBLISHED_BGNBD, customers)).toBeCloseTo(-9582.43, 2);
  });

  it("reproduces the published maximum-likelihood fit", () => {
    const fit = fitBgNbd(customers);
    if (fit.status !== "fitted") throw new Error("expected a fit");
    expect(fit.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
    expectPublished(fit.r, PUBLISHED_BGNBD.r);
    expectPublished(fit.alpha, PUBLISHED_BGNBD.alpha);
    expectPublished(fit.a, PUBLISHED_BGNBD.a);
    expectPublished(fit.b, PUBLISHED_BGNBD.b);
    expect(fit.logLikelihood).toBeCloseTo(PUBLISHED_BGNBD.logLikelihood, 2);
    // A maximum: the published (rounded) parameters cannot beat it.
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(bgnbdLogLikelihood(PUBLISHED_BGNBD, customers));
  });

  it("gives one customer's likelihood by the closed form", () => {
    // x = 0: L = (α / (α + T))^r.
    const { r, alpha } = PUBLISHED_BGNBD;
    const single = bgnbdLogLikelihood(PUBLISHED_BGNBD, [{ x: 0, tx: 0, T: 38.86 }]);
    expect(single).toBeCloseTo(r * Math.log(alpha / (alpha + 38.86)), 12);
  });

  it("rejects impossible inputs with a clear error", () => {
    expect(() => fitBgNbd([{ x: 1, tx: 5, T: 3 }])).toThrow(/invalid/);
    expect(() => fitBgNbd([{ x: 0.5, tx: 0, T: 3 }])).toThrow(/invalid/);
  });
});
