import { describe, expect, it } from "vitest";
import { expectedPurchases } from "../bgnbd-predict";
import { customerLifetimeValue, purchaseOutlook } from "../clv";
import { PUBLISHED_BGNBD } from "./published";

const params = PUBLISHED_BGNBD;
const customer = { x: 2, tx: 30.43, T: 38.86 };
const WEEKS_PER_MONTH = 365.25 / 12 / 7;
const weekly = (horizonMonths: number, margin: number, monthlyDiscountRate: number) =>
  ({ unit: "week", horizonMonths, margin, monthlyDiscountRate }) as const;
const inFirst = (weeks: number) => expectedPurchases(params, customer, weeks);

describe("customerLifetimeValue", () => {
  it("without discounting telescopes to E[Y(horizon)] · value · margin", () => {
    const clv = customerLifetimeValue(params, customer, 25, weekly(12, 0.3, 0));
    expect(clv).toBeCloseTo(inFirst(12 * WEEKS_PER_MONTH) * 25 * 0.3, 10);
  });

  it("discounts each month's expected purchases by (1 + d)^m", () => {
    const d = 0.01;
    let expected = 0;
    for (let m = 1; m <= 36; m += 1) {
      const inMonth = inFirst(m * WEEKS_PER_MONTH) - inFirst((m - 1) * WEEKS_PER_MONTH);
      expected += (inMonth * 40 * 0.25) / (1 + d) ** m;
    }
    const clv = customerLifetimeValue(params, customer, 40, weekly(36, 0.25, d));
    expect(clv).toBeCloseTo(expected, 10);
    // Discounting must cost something over three years.
    expect(clv).toBeLessThan(customerLifetimeValue(params, customer, 40, weekly(36, 0.25, 0)));
  });

  it("is 0 over a zero horizon", () => {
    expect(customerLifetimeValue(params, customer, 25, weekly(0, 0.3, 0.01))).toBe(0);
  });

  it("rejects invalid options clearly", () => {
    const base = weekly(12, 0.3, 0.01);
    expect(() => customerLifetimeValue(params, customer, 25, { ...base, horizonMonths: 1.5 })).toThrow(/horizonMonths/);
    const negative = { ...base, monthlyDiscountRate: -1 };
    expect(() => customerLifetimeValue(params, customer, 25, negative)).toThrow(/monthlyDiscountRate/);
    expect(() => customerLifetimeValue(params, customer, Number.NaN, base)).toThrow(/orderValue/);
  });
});

describe("purchaseOutlook", () => {
  it("converts day horizons into the model's weeks", () => {
    const outlook = purchaseOutlook(params, customer, "week");
    expect(outlook.probabilityAlive).toBeCloseTo(0.727, 3);
    expect(outlook.next30Days).toBeCloseTo(expectedPurchases(params, customer, 30 / 7), 12);
    expect(outlook.next90Days).toBeCloseTo(expectedPurchases(params, customer, 90 / 7), 12);
    expect(outlook.next365Days).toBeCloseTo(expectedPurchases(params, customer, 365 / 7), 12);
    expect(outlook.next30Days).toBeLessThan(outlook.next90Days);
  });

  it("does not depend on the unit the model was fitted in", () => {
    // The same model in days: α (a time scale) ×7, times ×7, shapes unchanged.
    const inDays = { ...params, alpha: params.alpha * 7 };
    const customerInDays = { x: 2, tx: 30.43 * 7, T: 38.86 * 7 };
    const weekly = purchaseOutlook(params, customer, "week");
    const daily = purchaseOutlook(inDays, customerInDays, "day");
    expect(daily.next365Days).toBeCloseTo(weekly.next365Days, 12);
    const options = { horizonMonths: 24, margin: 0.3, monthlyDiscountRate: 0.01 };
    expect(customerLifetimeValue(inDays, customerInDays, 30, { ...options, unit: "day" })).toBeCloseTo(
      customerLifetimeValue(params, customer, 30, { ...options, unit: "week" }),
      10,
    );
  });
});
