import { betaMixtureFuturePurchases } from "./beta-mixture";
import { hypergeometricIncrement } from "./hypergeometric";
import { expm1Ratio, log1pExp } from "./special-functions";
import type { BgNbdParams, CustomerInputs } from "./types";

/** Per-customer BG/NBD predictions. All times are in the unit the model was fitted in. */

/** Digits the closed form may lose to cancellation (of 16) before the integral is used instead. */
const MAX_CANCELLATION = 1e6;
/** How far past its bounds rounding may take the closed form. */
const ROUNDING = 1e-9;

type Timing = Pick<CustomerInputs, "x" | "tx" | "T">;

/**
 * P(alive at T | x, t_x, T) = 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
 * The odds are formed in log space: a long silence after many purchases gives odds far
 * beyond e^709, which must come out as P ≈ 0, not 1/∞ = NaN.
 */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParams, { x, tx, T }: Timing): number {
  if (x === 0) return 1;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return Math.exp(-log1pExp(logOdds));
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t time units (FHL 2005, eq. 10):
 *   (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)] · P(alive),
 * z = t/(α+T+t). Euler's transformation turns the bracket into
 *   1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z),
 * whose series has no x-fold growth, and splitting off the "− 1" keeps a → 1 exact:
 *   C/B · bracket = −C · expm1(B·L)/B − (1−z)^B · H(A, B, C; z),  L = log(1−z),
 * with A = a+b−1−r, B = a−1, C = a+b+x−1 and H from hypergeometric.ts. Where that series
 * does not converge (z near 1) or cancels (r ≫ a+b), the same expectation is integrated
 * numerically over the dropout probability instead.
 */
export function expectedPurchases(params: BgNbdParams, customer: Timing, t: number): number {
  return probabilityAlive(params, customer) * expectedPurchasesIfAlive(params, customer, t);
}

/**
 * The bracket of E[Y(t) | x, t_x, T] above: expected purchases in the next t given the customer
 * is still alive. It depends on x and T only (t_x enters through P(alive)), so a cohort needs it
 * once per distinct (x, T), however many customers share those.
 */
export function expectedPurchasesIfAlive(params: BgNbdParams, { x, T }: Pick<Timing, "x" | "T">, t: number): number {
  if (!(t > 0)) return 0;
  const { r, alpha, a, b } = params;
  const k = r + x;
  const tau = t / (alpha + T);
  const [A, B, C] = [a + b - 1 - r, a - 1, a + b + x - 1];
  const series = hypergeometricIncrement(A, B, C, tau / (1 + tau));
  const logOneMinusZ = -Math.log1p(tau);
  const first = -C * expm1Ratio(B, logOneMinusZ);
  const scale = Math.exp(B * logOneMinusZ);
  let whileAlive = first - scale * series.value;
  // The terms can be vast and nearly cancel (a and b in the thousands, or r ≫ a + b, at the edge
  // of a bounded fit): what is left is then rounding, not an expectation.
  const magnitude = Math.max(Math.abs(first), scale * series.magnitude);
  const cancelled = magnitude > MAX_CANCELLATION * Math.abs(whileAlive);
  // 0 ≤ E ≤ k·τ (purchases with no dropout at all): a value well outside is no expectation either.
  const outside = whileAlive < -ROUNDING * k * tau || whileAlive > (1 + ROUNDING) * k * tau;
  if (!series.converged || !Number.isFinite(whileAlive) || cancelled || outside) {
    whileAlive = betaMixtureFuturePurchases(a, b + x, k, tau);
  }
  // The clamp only absorbs rounding.
  return Math.min(Math.max(whileAlive, 0), k * tau);
}

/** E[X(t)]: expected repeat purchases of a new customer in the first t units after the first purchase. */
export function expectedRepeatPurchases(params: BgNbdParams, t: number): number {
  return expectedPurchases(params, { x: 0, tx: 0, T: 0 }, t);
}
