import { describe, expect, it } from "vitest";
import { expectedPurchases, probabilityAlive } from "../bgnbd-predict";
import { fitModels, type FittedModels } from "../fit";
import { scoreCustomers } from "../score";
import type { CustomerInputs } from "../types";
import { loadPublishedSummary } from "./cdnow";
import { PUBLISHED_GAMMA_GAMMA } from "./published";

const CLV = { horizonMonths: 24, margin: 0.3, monthlyDiscountRate: 0.01 };

/** Every number anywhere in the result is finite (JSON-safe). */
function expectAllFinite(value: unknown): void {
  const numbers: number[] = [];
  JSON.stringify(value, (_, v) => (typeof v === "number" && numbers.push(v), v));
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
}

function fitAndScore(customers: CustomerInputs[]): { models: FittedModels; scores: ReturnType<typeof scoreCustomers> } {
  const models = fitModels(customers, { unit: "week" });
  const scores = scoreCustomers(models, customers, CLV);
  expectAllFinite({ models, scores });
  return { models, scores };
}

const repeat = (n: number, customer: CustomerInputs) => Array.from({ length: n }, () => ({ ...customer }));

describe("awkward data never yields NaN or Infinity", () => {
  it("empty input: not enough data, no throw", () => {
    const models = fitModels([], { unit: "week" });
    expect(models.bgnbd).toEqual({ status: "not_enough_data", warnings: ["not_enough_data"] });
    expect(models.gammaGamma).toEqual({ status: "not_enough_data", customers: 0, warnings: ["not_enough_data"] });
    expect(scoreCustomers(models, [], CLV)).toBeNull();
  });

  it("nobody repeats: bounded fit, ~zero predicted purchases, no spend model", () => {
    const customers = Array.from({ length: 200 }, (_, i) => ({ x: 0, tx: 0, T: 1 + (i % 39), zbar: 0 }));
    const { models, scores } = fitAndScore(customers);
    if (models.bgnbd.status !== "fitted") throw new Error("expected a bounded fit");
    expect(models.bgnbd.warnings).toEqual(expect.arrayContaining(["no_repeat_purchases", "bounded_fit"]));
    expect(models.bgnbd.boundedParameters).toContain("r");
    expect(models.gammaGamma.status).toBe("not_enough_data");
    expect(scores?.[0].next365Days).toBeLessThan(0.01);
    expect(scores?.[0].clv).toBeNull();
  });

  it("a single customer", () => {
    const { models, scores } = fitAndScore([{ x: 3, tx: 20, T: 30, zbar: 12 }]);
    expect(models.bgnbd.status).toBe("fitted");
    expect(models.bgnbd.warnings).toContain("bounded_fit");
    expect(models.gammaGamma.warnings).toContain("bounded_fit");
    // With nothing to pool, the spend model falls back on the customer's own mean.
    expect(scores?.[0].expectedOrderValue).toBeCloseTo(12, 0);
    expect(scores?.[0].clv).toBeGreaterThan(0);
  });

  it("every customer identical", () => {
    const { models, scores } = fitAndScore(repeat(500, { x: 2, tx: 10, T: 20, zbar: 15 }));
    expect(models.bgnbd.warnings).toContain("bounded_fit");
    expect(models.gammaGamma.warnings).toContain("bounded_fit");
    expect(scores?.[0].expectedOrderValue).toBeCloseTo(15, 1);
  });

  it("zero-value orders are left out of the spend fit, and flagged", () => {
    const customers = [...loadPublishedSummary(), ...repeat(50, { x: 2, tx: 10, T: 20, zbar: 0 })];
    const { models, scores } = fitAndScore(customers);
    if (models.gammaGamma.status !== "fitted") throw new Error("expected a fit");
    expect(models.gammaGamma.customers).toBe(946);
    expect(models.gammaGamma.warnings).toEqual(["zero_spend_excluded"]);
    expect(models.gammaGamma.p).toBeCloseTo(PUBLISHED_GAMMA_GAMMA.p, 1);
    expect(scores?.at(-1)?.expectedOrderValue).toBeGreaterThan(0);
  });

  it("only zero-value repeat orders: no spend model", () => {
    const { models } = fitAndScore(repeat(20, { x: 1, tx: 5, T: 20, zbar: 0 }));
    expect(models.gammaGamma).toEqual({
      status: "not_enough_data",
      customers: 0,
      warnings: ["not_enough_data", "zero_spend_excluded"],
    });
  });

  it.each([1e12, 1e250])("amounts scaled by %d only rescale γ", (scale) => {
    const customers = loadPublishedSummary().map((c) => ({ ...c, zbar: c.zbar * scale }));
    const { models } = fitAndScore(customers);
    if (models.gammaGamma.status !== "fitted") throw new Error("expected a fit");
    expect(models.gammaGamma.warnings).toEqual([]);
    expect(models.gammaGamma.p).toBeCloseTo(PUBLISHED_GAMMA_GAMMA.p, 1);
    expect(models.gammaGamma.gamma / scale).toBeCloseTo(PUBLISHED_GAMMA_GAMMA.gamma, 1);
  });

  it("huge counts and ages", () => {
    fitAndScore([
      { x: 5000, tx: 9000, T: 10_000, zbar: 3 },
      { x: 0, tx: 0, T: 10_000, zbar: 0 },
      { x: 1, tx: 1, T: 2, zbar: 4 },
      { x: 0, tx: 0, T: 0, zbar: 0 },
    ]);
  });

  it("predictions stay finite at every corner of the bounded-fit box", () => {
    const corners = [1e-4, 1e4].flatMap((r) =>
      [1e-4, 1e4].flatMap((a) => [1e-4, 1e4].flatMap((b) => [1e-6, 1e6].map((alpha) => ({ r, alpha, a, b })))),
    );
    const customers = [
      { x: 0, tx: 0, T: 0 },
      { x: 1, tx: 0.5, T: 40 },
      { x: 40, tx: 39, T: 39 },
    ];
    for (const params of corners) {
      for (const customer of customers) {
        for (const t of [1e-3, 4.3, 52, 520]) {
          const e = expectedPurchases(params, customer, t);
          expect(Number.isFinite(e) && e >= 0, JSON.stringify({ params, customer, t, e })).toBe(true);
          expect(Number.isFinite(probabilityAlive(params, customer))).toBe(true);
        }
      }
    }
  });
});
