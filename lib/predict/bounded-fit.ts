import { minimize } from "./optimize";

/**
 * Maximum likelihood over log-parameters with a fallback for likelihoods whose optimum lies
 * at infinity (e.g. r, α → ∞ when every customer repeats identically, r → 0 when nobody
 * repeats). First an unconstrained fit; if it fails or leaves the plausible box, the fit is
 * redone over θ = lower + (upper − lower) · sigmoid(u), which keeps every parameter inside
 * the box while the optimiser stays unconstrained in u.
 */

export interface LogParameterBox {
  names: readonly string[];
  lower: readonly number[];
  upper: readonly number[];
}

export interface LogParameterFit {
  logParams: number[];
  /** Objective (negative log-likelihood per customer) at logParams. */
  value: number;
  converged: boolean;
  /** Names of parameters left on the box edge by the bounded refit (empty for a free optimum). */
  boundedParameters: string[];
}

/** Beyond the box by this many log units the objective reports +∞, long before exp() overflows. */
const WALL_MARGIN = 20;
/** A bounded parameter within this (log units) of an edge counts as resting on it. */
const EDGE_DISTANCE = 1e-3;

export function fitLogParameters(
  objective: (logParams: readonly number[]) => number,
  start: readonly number[],
  box: LogParameterBox,
): LogParameterFit {
  const walled = (theta: readonly number[]) =>
    theta.every((v, i) => v > box.lower[i] - WALL_MARGIN && v < box.upper[i] + WALL_MARGIN)
      ? objective(theta)
      : Number.POSITIVE_INFINITY;
  const free = minimize(walled, start);
  const inside = free.x.every((v, i) => v >= box.lower[i] && v <= box.upper[i]);
  if (free.converged && Number.isFinite(free.value) && inside) {
    return { logParams: free.x, value: free.value, converged: true, boundedParameters: [] };
  }

  const width = box.upper.map((hi, i) => hi - box.lower[i]);
  const toTheta = (u: readonly number[]) => u.map((ui, i) => box.lower[i] + width[i] / (1 + Math.exp(-ui)));
  const toU = (theta: readonly number[]) =>
    theta.map((v, i) => {
      const fraction = Math.min(Math.max((v - box.lower[i]) / width[i], 1e-6), 1 - 1e-6);
      return Math.log(fraction / (1 - fraction));
    });
  // Two deterministic starts: the original guess and where the free fit ran to (clamped).
  const starts = [toU(start), ...(free.x.every(Number.isFinite) ? [toU(free.x)] : [])];
  const fits = starts.map((u) => minimize((v) => objective(toTheta(v)), u));
  const best = fits.reduce((b, fit) => (fit.value < b.value ? fit : b));
  const theta = toTheta(best.x);
  return {
    logParams: theta,
    value: best.value,
    converged: best.converged,
    boundedParameters: box.names.filter(
      (_, i) => theta[i] - box.lower[i] < EDGE_DISTANCE || box.upper[i] - theta[i] < EDGE_DISTANCE,
    ),
  };
}
