/**
 * Bayesian chance that the treatment's response rate beats the control's:
 * P(p_T > p_C) with independent Beta posteriors Beta(α + responders, β + non-responders).
 *
 * Computed by deterministic quadrature, P(X > Y) = ∫ f_X(x) · F_Y(x) dx, for every
 * size: no sampling and no normal approximation. A normal approximation was
 * rejected: its error comes from the posteriors' skew (~2/√responders) and is about
 * 0.13/√responders, so it only drops below 1e-4 past ~2·10⁶ responders per group;
 * with rare responses that is never reached at a million contacts.
 *
 * Kept fast for 10⁶ contacts per group by integrating only over the window where
 * the density carries mass (mean ± 50 sd; the Beta tails beyond hold < 1e-15),
 * skipping the incomplete beta where the density is negligible, and using the
 * density of the *narrower* posterior against the CDF of the wider one, so the
 * integrand is a smooth bump on that window. That is a few hundred evaluations
 * of the incomplete beta: about 1 ms per call, ~30 ms in the worst case measured
 * (two ~50 % rates at a million each, where each incomplete beta needs ~√n steps).
 */
import { logBeta, regularizedIncompleteBeta } from "./beta";
import { assertValidCounts, type GroupCounts } from "./counts";
import { integrate } from "./integrate";

/** Prior pseudo-counts: alpha "responders" and beta "non-responders" seen before the campaign. */
export interface BetaPrior {
  alpha: number;
  beta: number;
}

/** Beta(1, 1): every response rate equally likely beforehand. */
export const FLAT_PRIOR: BetaPrior = { alpha: 1, beta: 1 };

const WINDOW_SDS = 50;
/**
 * Where the density is below e^−46 ≈ 1e-20 of its value at the mean, the point adds
 * < 1e-18 over the whole window, so its (costly) incomplete beta is skipped. For
 * near-normal posteriors that is everything beyond ~10 sd (50 → 30 ms at n = 10⁶).
 */
const NEGLIGIBLE_LOG_DENSITY = 46;

interface BetaShape {
  a: number;
  b: number;
}

function standardDeviation({ a, b }: BetaShape): number {
  const n = a + b;
  return Math.sqrt((a * b) / (n * n * (n + 1)));
}

/** P(X > Y) for X ~ Beta(x.a, x.b), Y ~ Beta(y.a, y.b), integrated over X's density. */
function probabilityExceeds(x: BetaShape, y: BetaShape): number {
  const logNorm = logBeta(x.a, x.b);
  const mean = x.a / (x.a + x.b);
  const halfWidth = WINDOW_SDS * standardDeviation(x);
  const lo = Math.max(0, mean - halfWidth);
  const hi = Math.min(1, mean + halfWidth);
  const logDensity = (t: number) => (x.a - 1) * Math.log(t) + (x.b - 1) * Math.log1p(-t) - logNorm;
  const cutoff = logDensity(mean) - NEGLIGIBLE_LOG_DENSITY;
  const integrand = (t: number) => {
    const logF = logDensity(t);
    return logF < cutoff ? 0 : Math.exp(logF) * regularizedIncompleteBeta(t, y.a, y.b);
  };
  return integrate(integrand, lo, hi);
}

/** P(treatment rate > control rate) under the given prior, in [0, 1]. */
export function chanceToBeat(control: GroupCounts, treatment: GroupCounts, prior: BetaPrior = FLAT_PRIOR): number {
  assertValidCounts(control, "control");
  assertValidCounts(treatment, "treatment");
  if (!(prior.alpha > 0 && prior.beta > 0 && Number.isFinite(prior.alpha) && Number.isFinite(prior.beta))) {
    throw new RangeError(`chanceToBeat: prior alpha and beta must be finite and > 0`);
  }
  const posterior = (g: GroupCounts): BetaShape => ({
    a: prior.alpha + g.responders,
    b: prior.beta + g.audience - g.responders,
  });
  const c = posterior(control);
  const t = posterior(treatment);
  const p = standardDeviation(t) <= standardDeviation(c) ? probabilityExceeds(t, c) : 1 - probabilityExceeds(c, t);
  // Quadrature rounding can step a hair outside [0, 1].
  return Math.min(1, Math.max(0, p));
}
