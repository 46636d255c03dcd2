import { log1pExp, logGamma } from "./special-functions";

/**
 * E_p[(1 − (1 + p·τ)^(−k)) / p] for p ~ Beta(a, b), by numerical integration: the BG/NBD's
 * expected purchases in the next t of a customer alive at T, called with k = r + x,
 * τ = t / (α + T) and the dropout posterior Beta(a, b + x).
 *
 * This is the fallback for parameter corners where the hypergeometric series converges too
 * slowly (τ ≫ 1) or cancels (r ≫ a + b). The integrand is bounded by k·τ, so the result is
 * always finite. Integrating over v = p^a makes the Beta weight's p^(a−1) spike flat (mass at
 * p < 1e-300 is common for a ≪ 1); tanh-sinh nodes then absorb the (1 − p)^(b−1) endpoint.
 */

/** Step halvings after h = 0.5 (finest h = 1/512); smooth integrands settle after 3–5. */
const STEP_LEVELS = 8;
/** |t| beyond this puts v within e^(−π sinh 6.5) ≈ e^(−1044) of an endpoint: nothing left. */
const T_RANGE = 6.5;
const RELATIVE_TOLERANCE = 1e-10;

export function betaMixtureFuturePurchases(a: number, b: number, k: number, tau: number): number {
  if (!(tau > 0)) return 0;
  const logNorm = logGamma(a + b) - logGamma(a + 1) - logGamma(b);
  // v(t) = 1 / (1 + e^(−π sinh t)) maps t ∈ ℝ onto (0, 1) with double-exponential endpoint decay.
  const integrand = (t: number): number => {
    const s = Math.PI * Math.sinh(t);
    const logV = -log1pExp(-s);
    const logOneMinusV = -log1pExp(s);
    const p = Math.exp(logV / a);
    const logOneMinusP = Math.log(-Math.expm1(logV / a));
    const logWeight = (b - 1) * logOneMinusP + Math.log(Math.PI * Math.cosh(t)) + logV + logOneMinusV;
    const future = p === 0 ? k * tau : -Math.expm1(-k * Math.log1p(p * tau)) / p;
    const value = Math.exp(logWeight + logNorm) * future;
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
  return Math.min(Math.max(estimate, 0), k * tau);
}
