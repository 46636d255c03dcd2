import { describe, expect, it } from "vitest";
import { expectedPurchases, expectedRepeatPurchases } from "../bgnbd-predict";
import { fitModels } from "../fit";
import { summarise } from "../summarise";
import { CALIBRATION, HOLDOUT_END, loadSampleTransactions } from "./cdnow";
import { PUBLISHED_BGNBD, PUBLISHED_GAMMA_GAMMA, expectPublished } from "./published";

describe("fitModels from raw CDNOW transactions", () => {
  const summary = summarise(loadSampleTransactions(), CALIBRATION, "week");

  it("reproduces both published fits", () => {
    const models = fitModels(summary.customers, { unit: "week" });
    const { bgnbd, gammaGamma } = models;
    if (bgnbd.status !== "fitted" || gammaGamma.status !== "fitted") throw new Error("expected both fits");
    expect(models).toMatchObject({ unit: "week", customers: 2357 });
    for (const key of ["r", "alpha", "a", "b"] as const) expectPublished(bgnbd[key], PUBLISHED_BGNBD[key]);
    for (const key of ["p", "q", "gamma"] as const) expectPublished(gammaGamma[key], PUBLISHED_GAMMA_GAMMA[key]);
    expect(bgnbd.logLikelihood).toBeCloseTo(PUBLISHED_BGNBD.logLikelihood, 1);
    expect(gammaGamma.logLikelihood).toBeCloseTo(PUBLISHED_GAMMA_GAMMA.logLikelihood, 1);
    expect(gammaGamma.customers).toBe(946);
  });

  it("lands on the same optimum when started from a previous fit", () => {
    const start = { bgnbd: { r: 0.3, alpha: 5, a: 0.7, b: 2.2 }, gammaGamma: { p: 6, q: 3.5, gamma: 16 } };
    const { bgnbd, gammaGamma } = fitModels(summary.customers, { unit: "week", start });
    if (bgnbd.status !== "fitted" || gammaGamma.status !== "fitted") throw new Error("expected both fits");
    for (const key of ["r", "alpha", "a", "b"] as const) expectPublished(bgnbd[key], PUBLISHED_BGNBD[key]);
    for (const key of ["p", "q", "gamma"] as const) expectPublished(gammaGamma[key], PUBLISHED_GAMMA_GAMMA[key]);
  });

  it("fits a cohort twenty times as large (warm-started from a sample) to the same optimum", () => {
    const large = Array.from({ length: 20 }, () => summary.customers).flat();
    const { bgnbd, gammaGamma } = fitModels(large, { unit: "week" });
    if (bgnbd.status !== "fitted" || gammaGamma.status !== "fitted") throw new Error("expected both fits");
    for (const key of ["r", "alpha", "a", "b"] as const) expectPublished(bgnbd[key], PUBLISHED_BGNBD[key]);
    for (const key of ["p", "q", "gamma"] as const) expectPublished(gammaGamma[key], PUBLISHED_GAMMA_GAMMA[key]);
    expect(bgnbd.logLikelihood / 20).toBeCloseTo(PUBLISHED_BGNBD.logLikelihood, 1);
  });

  it("returns plain JSON", () => {
    const models = fitModels(summary.customers, { unit: "week" });
    expect(JSON.parse(JSON.stringify(models))).toEqual(models);
  });
});

describe("holdout check at the published BG/NBD", () => {
  const window = { ...CALIBRATION, holdoutEndDay: HOLDOUT_END };
  const { customers, holdoutDuration } = summarise(loadSampleTransactions(), window, "week");
  const holdout = holdoutDuration ?? 0;

  it("tracks cumulative repeat purchases to week 78 within 5 %", () => {
    // Each customer has been a customer for T + 39 weeks by 1998-06-30.
    const predicted = customers.reduce((sum, c) => sum + expectedRepeatPurchases(PUBLISHED_BGNBD, c.T + holdout), 0);
    const actual = customers.reduce((sum, c) => sum + c.x + (c.holdoutX ?? 0), 0);
    expect(actual).toBe(4339);
    expect(Math.abs(predicted - actual) / actual).toBeLessThan(0.05);
  });

  it("gives conditional holdout expectations that rise with calibration frequency", () => {
    const meanPrediction = (x: number) => {
      const group = customers.filter((c) => c.x === x);
      return group.reduce((sum, c) => sum + expectedPurchases(PUBLISHED_BGNBD, c, holdout), 0) / group.length;
    };
    expect(meanPrediction(0)).toBeLessThan(meanPrediction(1));
    expect(meanPrediction(1)).toBeLessThan(meanPrediction(3));
  });
});
