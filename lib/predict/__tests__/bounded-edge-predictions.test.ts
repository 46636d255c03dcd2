import { describe, expect, it } from "vitest";

import { expectedPurchases, expectedPurchasesIfAlive } from "../bgnbd-predict";
import { logGamma } from "../special-functions";

/**
 * E_p[(1 − (1 + pτ)^−k) / p] for p ~ Beta(a, b) by the midpoint rule on a fine grid in p: slow
 * and plain, a yardstick for humps well inside (0, 1).
 */
function byMidpoints(a: number, b: number, k: number, tau: number, cells = 1_000_000): number {
  const logBeta = logGamma(a) + logGamma(b) - logGamma(a + b);
  let sum = 0;
  for (let i = 0; i < cells; i++) {
    const p = (i + 0.5) / cells;
    const weight = Math.exp((a - 1) * Math.log(p) + (b - 1) * Math.log1p(-p) - logBeta);
    sum += weight * (-Math.expm1(-k * Math.log1p(p * tau)) / p);
  }
  return sum / cells;
}

describe("BG/NBD predictions at the edge of the plausible box (bounded fits)", () => {
  it("match a plain integral where a and b run into the thousands", () => {
    // The series overflowed and its fallback lost the mass: 365 days predicted about 0.
    const params = { r: 1.368, alpha: 0.2131, a: 2591.4, b: 1612.4 };
    const customer = { x: 1, T: 97.98 };
    for (const days of [30, 90, 365]) {
      const t = days / 7;
      const tau = t / (params.alpha + customer.T);
      const expected = byMidpoints(params.a, params.b + customer.x, params.r + customer.x, tau);
      expect(Math.abs(expectedPurchasesIfAlive(params, customer, t) - expected)).toBeLessThan(1e-8 * expected);
    }
  });

  it("match a plain integral where r is far above a + b", () => {
    // The closed form cancelled to garbage that still looked like a number: 8.9 against 1.22.
    const params = { r: 1168.3, alpha: 1.739e-4, a: 98.31, b: 21.47 };
    const t = 30 / 7;
    const expected = byMidpoints(params.a, params.b, params.r, t / (params.alpha + 72.41));
    expect(expected).toBeCloseTo(1.2207, 3);
    expect(Math.abs(expectedPurchasesIfAlive(params, { x: 0, T: 72.41 }, t) - expected)).toBeLessThan(1e-8 * expected);
  });

  it("give one more purchase when nearly everyone drops out after a purchase (b ≪ 1)", () => {
    // Dropout p ≈ 1: E = 1 − (1 + τ)^−k ≈ 1 for k = 189; it read 0.80 at 365 days.
    const params = { r: 189.05, alpha: 0.03263, a: 2586.5, b: 0.002184 };
    for (const days of [30, 90, 365]) {
      expect(expectedPurchasesIfAlive(params, { x: 0, T: 62.28 }, days / 7)).toBeCloseTo(1, 4);
    }
  });

  it("never fall as the horizon grows, and stay within 0 … k·τ, anywhere in the box", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const logUniform = (low: number, high: number) => Math.exp(Math.log(low) + random() * Math.log(high / low));
    const broken: unknown[] = [];
    for (let i = 0; i < 8_000; i++) {
      const params = { r: logUniform(1e-4, 1e4), alpha: logUniform(1e-4, 1e5), a: logUniform(1e-4, 1e4), b: logUniform(1e-4, 1e4) };
      const T = random() * 100;
      const x = Math.floor(random() * 20);
      const customer = { x, tx: x ? random() * T : 0, T };
      const [d30, d90, d365] = [30, 90, 365].map((days) => expectedPurchases(params, customer, days / 7));
      const bound = (params.r + x) * (365 / 7 / (params.alpha + T));
      const ordered = d30 <= d90 * (1 + 1e-9) + 1e-12 && d90 <= d365 * (1 + 1e-9) + 1e-12;
      if (!ordered || !(d30 >= 0) || !(d365 <= bound * (1 + 1e-9))) broken.push({ params, customer, d30, d90, d365 });
    }
    expect(broken).toEqual([]);
  });
});
