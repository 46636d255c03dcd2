import { describe, expect, it } from "vitest";
import { fitModels } from "../fit";
import { summarise } from "../summarise";
import { CALIBRATION, loadSampleTransactions } from "./cdnow";
import { PUBLISHED_BGNBD, PUBLISHED_GAMMA_GAMMA, expectPublished } from "./published";

describe("fitModels from raw CDNOW transactions", () => {
  const summary = summarise(loadSampleTransactions(), CALIBRATION, "week");

  it("reproduces both published fits, quickly", () => {
    const started = performance.now();
    const models = fitModels(summary.customers, { unit: "week" });
    const elapsed = performance.now() - started;
    const { bgnbd, gammaGamma } = models;
    if (bgnbd.status !== "fitted" || gammaGamma.status !== "fitted") throw new Error("expected both fits");
    expect(models).toMatchObject({ unit: "week", customers: 2357 });
    for (const key of ["r", "alpha", "a", "b"] as const) expectPublished(bgnbd[key], PUBLISHED_BGNBD[key]);
    for (const key of ["p", "q", "gamma"] as const) expectPublished(gammaGamma[key], PUBLISHED_GAMMA_GAMMA[key]);
    expect(bgnbd.logLikelihood).toBeCloseTo(PUBLISHED_BGNBD.logLikelihood, 1);
    expect(gammaGamma.logLikelihood).toBeCloseTo(PUBLISHED_GAMMA_GAMMA.logLikelihood, 1);
    expect(gammaGamma.customers).toBe(946);
    // ~40 ms warm on the 2-core dev machine; the bound leaves room for a loaded CI run.
    expect(elapsed).toBeLessThan(2000);
  });

  it("returns plain JSON", () => {
    const models = fitModels(summary.customers, { unit: "week" });
    expect(JSON.parse(JSON.stringify(models))).toEqual(models);
  });
});
