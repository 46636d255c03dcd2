import { log1pExp, logGamma } from "./special-functions";

/**
 * E_p[(1 − (1 + p·τ)^(−k)) / p] for p ~ Beta(a, b), by numerical integration: the BG/NBD's
 * expected purchases in the next t of a customer alive at T, called with k = r + x,
 * τ = t / (α + T) and the dropout posterior Beta(a, b + x).
 *
 * This is the fallback for parameter corners where the hypergeometric series converges too
 * slowly (τ ≫ 1) or cancels (r ≫ a + b, or a and b in the thousands). The integrand is bounded
 * by k·τ, so the result is always finite. The variable integrated over follows the Beta's shape:
 * logit p for a, b ≥ 1 (one hump), else v = p^a (a spike at an end).
 */

/** Step halvings after h = 0.5 (finest h = 1/512); smooth integrands settle after 3–5. */
const STEP_LEVELS = 8;
/** |t| beyond this puts v within e^(−π sinh 6.5) ≈ e^(−1044) of an endpoint: nothing left. */
const T_RANGE = 6.5;
const RELATIVE_TOLERANCE = 1e-10;

export function betaMixtureFuturePurchases(a: number, b: number, k: number, tau: number): number {
  if (!(tau > 0)) return 0;
  let estimate: number;
  if (a >= 1 && b >= 1) estimate = overLogit(a, b, k, tau);
  // Spikes at both ends: each half of (0, 1) flattens its own.
  else if (a < 1 && b < 1) {
    estimate = overPower(a, b, k, tau, false, true) + overPower(a, b, k, tau, true, true);
  }
  // One spike: at p = 0 when a < 1, else at p = 1.
  else estimate = overPower(a, b, k, tau, a >= 1, false);
  return Math.min(Math.max(estimate, 0), k * tau);
}

/** Expected purchases in τ if alive, with dropout probability p: (1 − (1+pτ)^−k) / p. */
function futureAt(p: number, k: number, tau: number): number {
  return p === 0 ? k * tau : -Math.expm1(-k * Math.log1p(p * tau)) / p;
}

/**
 * Over v = p^a, for a < 1: it makes the Beta weight's p^(a−1) spike flat (mass at p < 1e-300
 * is common for a ≪ 1); tanh-sinh nodes then absorb the (1 − p)^(b−1) endpoint. `mirrored`,
 * over v = (1 − p)^b instead, for b < 1 (nearly every customer drops out after a purchase).
 * `half`: over the half of (0, 1) at the flattened end only, when both ends spike.
 */
function overPower(
  a: number, b: number, k: number, tau: number, mirrored: boolean, half: boolean,
): number {
  // y is p, or 1 − p mirrored: y ~ Beta(raised, other), v = y^raised, up to c = (y's end)^raised.
  const [raised, other] = mirrored ? [b, a] : [a, b];
  const logC = half ? -raised * Math.LN2 : 0;
  const logNorm = logGamma(a + b) - logGamma(raised + 1) - logGamma(other) + logC;
  // v/c = 1 / (1 + e^(−π sinh t)) maps t ∈ ℝ onto (0, c) with double-exponential endpoint decay.
  const integrand = (t: number): number => {
    const s = Math.PI * Math.sinh(t);
    const logV = logC - log1pExp(-s);
    const logOneMinusV = -log1pExp(s);
    const oneMinusY = -Math.expm1(logV / raised);
    const logWeight = (other - 1) * Math.log(oneMinusY) + Math.log(Math.PI * Math.cosh(t)) +
      logV - logC + logOneMinusV;
    const p = mirrored ? oneMinusY : Math.exp(logV / raised);
    const value = Math.exp(logWeight + logNorm) * futureAt(p, k, tau);
    return Number.isFinite(value) ? value : 0;
  };
  let h = 0.5;
  let estimate = integrand(0) * h;
  for (let j = 1; j * h <= T_RANGE; j += 1) estimate += (integrand(j * h) + integrand(-j * h)) * h;
  for (let level = 1; level <= STEP_LEVELS; level += 1) {
    // Halving the step keeps every old node; only the new odd multiples are evaluated.
    h /= 2;
    let added = 0;
    for (let j = 1; j * h <= T_RANGE; j += 2) added += integrand(j * h) + integrand(-j * h);
    const refined = estimate / 2 + added * h;
    const settled = Math.abs(refined - estimate) <= RELATIVE_TOLERANCE * Math.abs(refined);
    estimate = refined;
    if (settled && level >= 2) break;
  }
  return estimate;
}

/** Past the hump, a node this small against the sum ends the walk outwards. */
const NEGLIGIBLE = 1e-18;
/** Nodes per side at most: the hump's tails decay at least like e^(−|s|) for a, b ≥ 1. */
const MAX_NODES = 20_000;

/**
 * Over u = logit p, for a, b ≥ 1: there the Beta weight p^a (1−p)^b is one smooth hump centred
 * on log(a/b), about √(1/a + 1/b) wide, however large a and b grow. (With a in the thousands,
 * as at the edge of a bounded fit, the mass in v = p^a lies below e^(−1044): out of reach.) The
 * trapezoid rule in units of that width converges geometrically as the step halves.
 */
function overLogit(a: number, b: number, k: number, tau: number): number {
  const logNorm = logGamma(a + b) - logGamma(a) - logGamma(b);
  const centre = Math.log(a / b);
  const width = Math.sqrt(1 / a + 1 / b);
  const integrand = (s: number): number => {
    const u = centre + width * s;
    const logP = -log1pExp(-u);
    const logWeight = a * logP - b * log1pExp(u) + logNorm;
    return Math.exp(logWeight) * width * futureAt(Math.exp(logP), k, tau);
  };
  let h = 0.5;
  let estimate = trapezoid(integrand, h);
  for (let level = 1; level <= STEP_LEVELS; level += 1) {
    h /= 2;
    const refined = trapezoid(integrand, h);
    const settled = Math.abs(refined - estimate) <= RELATIVE_TOLERANCE * Math.abs(refined);
    estimate = refined;
    if (settled) break;
  }
  return estimate;
}

/** h · Σ f(j·h) over all whole j, walking out from 0 until the terms are negligible. */
function trapezoid(f: (s: number) => number, h: number): number {
  let sum = f(0);
  for (const side of [1, -1]) {
    for (let j = 1; j <= MAX_NODES; j += 1) {
      const value = f(side * j * h);
      sum += value;
      if (j * h > 2 && value <= NEGLIGIBLE * sum) break;
    }
  }
  return sum * h;
}
