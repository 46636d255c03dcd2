import { describe, expect, it } from "vitest";
import { betaMixtureFuturePurchases } from "../beta-mixture";
import { expectedPurchases, expectedRepeatPurchases, probabilityAlive } from "../bgnbd-predict";
import { PUBLISHED_BGNBD } from "./published";

const params = PUBLISHED_BGNBD;

describe("BG/NBD predictions at the published CDNOW parameters", () => {
  it("reproduces sample customer 1 (x = 2, t_x = 30.43, T = 38.86)", () => {
    const customer = { x: 2, tx: 30.43, T: 38.86 };
    expect(expectedPurchases(params, customer, 39)).toBeCloseTo(1.226, 3);
    expect(probabilityAlive(params, customer)).toBeCloseTo(0.727, 3);
  });

  // FHL 2005 eq. 10 evaluated with mpmath at 30 digits (direct ₂F₁, no transformation).
  it.each([
    [1, 2, 38.86, 52, 0.27188450154135131],
    [0, 0, 38.86, 39, 0.19478676916062012],
    [5, 10, 20, 1000, 12.087221817935022],
    [50, 30, 38, 39, 0.062942800896705786],
    [3, 3, 3, 5000, 52.554007956297672],
  ])("E[Y(t) | x=%d, t_x=%d, T=%d] for t=%d matches the direct formula", (x, tx, T, t, expected) => {
    expect(Math.abs(expectedPurchases(params, { x, tx, T }, t) - expected)).toBeLessThan(1e-10 * expected);
  });

  // Horizons far beyond α + T, where the series gives way to integration over the dropout
  // probability, and a large r (alternating series terms); mpmath at 40 digits.
  it.each([
    [PUBLISHED_BGNBD, 0, 0, 0, 1e6, 53.520487476069839],
    [PUBLISHED_BGNBD, 1, 0.5, 1, 1e5, 56.921401057751337],
    [{ r: 500, alpha: 2000, a: 0.5, b: 3 }, 2, 10, 20, 52, 3.5758067467020935],
  ])("stays accurate at extreme horizons and shapes (%o, x=%d, t_x=%d, T=%d, t=%d)", (p, x, tx, T, t, want) => {
    expect(Math.abs(expectedPurchases(p, { x, tx, T }, t) - want)).toBeLessThan(1e-9 * want);
  });

  it("gives the unconditional E[X(t)] of a new customer", () => {
    expect(expectedRepeatPurchases(params, 39)).toBeCloseTo(1.1950476815137771, 12);
    expect(expectedRepeatPurchases(params, 78)).toBeCloseTo(1.8580239048662901, 12);
    expect(expectedRepeatPurchases(params, 0)).toBe(0);
  });

  it("agrees with direct numerical integration over the dropout probability", () => {
    for (const [x, tx, T, t] of [
      [0, 0, 0, 10],
      [2, 30.43, 38.86, 39],
      [7, 35, 38, 400],
    ]) {
      const k = params.r + x;
      const tau = t / (params.alpha + T);
      const whileAlive = betaMixtureFuturePurchases(params.a, params.b + x, k, tau);
      const integrated = probabilityAlive(params, { x, tx, T }) * whileAlive;
      expect(expectedPurchases(params, { x, tx, T }, t)).toBeCloseTo(integrated, 9);
    }
  });

  it("stays exact as a → 1, where the textbook form divides 0 by 0", () => {
    const near = (a: number) => expectedPurchases({ ...params, a }, { x: 2, tx: 30, T: 38 }, 39);
    expect(Number.isFinite(near(1))).toBe(true);
    expect(near(1)).toBeCloseTo((near(1 - 1e-6) + near(1 + 1e-6)) / 2, 8);
  });

  it("makes a long-silent heavy buyer almost surely dead, without NaN", () => {
    const silent = { x: 300, tx: 1, T: 300 };
    expect(probabilityAlive(params, silent)).toBe(0);
    expect(expectedPurchases(params, silent, 52)).toBe(0);
  });
});
