import { describe, expect, it } from "vitest";
import { customerLifetimeValue, purchaseOutlook } from "../clv";
import type { FittedModels } from "../fit";
import { expectedOrderValue } from "../gamma-gamma";
import { scoreCustomers } from "../score";
import { loadPublishedSummary } from "./cdnow";
import { PUBLISHED_BGNBD, PUBLISHED_GAMMA_GAMMA } from "./published";

const models: FittedModels = {
  unit: "week",
  customers: 2357,
  bgnbd: { status: "fitted", ...PUBLISHED_BGNBD, converged: true, warnings: [], boundedParameters: [] },
  gammaGamma: { status: "fitted", ...PUBLISHED_GAMMA_GAMMA, converged: true, warnings: [], boundedParameters: [] },
};
const options = { horizonMonths: 12, margin: 0.3, monthlyDiscountRate: 0.01 };
const customer1 = { x: 2, tx: 30.43, T: 38.86, zbar: 22.35 };

describe("scoreCustomers", () => {
  it("scores sample customer 1", () => {
    const [score] = scoreCustomers(models, [customer1], options) ?? [];
    expect(score.probabilityAlive).toBeCloseTo(0.727, 3);
    // p(γ + x z̄) / (px + q − 1) at the published values.
    expect(score.expectedOrderValue).toBeCloseTo(24.658, 3);
    expect(score.clv).toBeGreaterThan(0);
    // Twelve discounted months are worth less than a full undiscounted year of orders.
    expect(score.clv).toBeLessThan(score.next365Days * 24.658 * 0.3);
  });

  it("gives identical customers identical scores and different ones different", () => {
    const scores = scoreCustomers(models, [customer1, { ...customer1 }, { ...customer1, x: 5 }], options) ?? [];
    expect(scores[1]).toEqual(scores[0]);
    expect(scores[2].next365Days).not.toBeCloseTo(scores[0].next365Days, 3);
  });

  it("agrees with the one-customer functions on all 2,357 CDNOW customers", () => {
    const customers = loadPublishedSummary();
    const scores = scoreCustomers(models, customers, options) ?? [];
    const worst = customers.reduce((most, customer, i) => {
      const outlook = purchaseOutlook(PUBLISHED_BGNBD, customer, "week");
      const value = expectedOrderValue(PUBLISHED_GAMMA_GAMMA, customer);
      const clv = customerLifetimeValue(PUBLISHED_BGNBD, customer, value, { ...options, unit: "week" });
      const off = (ours: number | null, theirs: number) => Math.abs((ours ?? Number.NaN) - theirs) / Math.max(theirs, 1e-12);
      const s = scores[i];
      return Math.max(most, off(s.next30Days, outlook.next30Days), off(s.next365Days, outlook.next365Days), off(s.clv, clv));
    }, 0);
    expect(worst).toBeLessThan(1e-12);
  });

  it("leaves value fields null without a spend model, and returns null without a BG/NBD", () => {
    const noSpend: FittedModels = {
      ...models,
      gammaGamma: { status: "not_enough_data", customers: 0, warnings: ["not_enough_data"] },
    };
    const [score] = scoreCustomers(noSpend, [customer1], options) ?? [];
    expect(score).toMatchObject({ expectedOrderValue: null, clv: null });
    expect(score.next30Days).toBeGreaterThan(0);
    const nothing: FittedModels = { ...noSpend, bgnbd: { status: "not_enough_data", warnings: ["not_enough_data"] } };
    expect(scoreCustomers(nothing, [customer1], options)).toBeNull();
  });
});
