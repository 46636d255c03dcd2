/**
 * Deterministic quasi-Newton minimiser (BFGS, backtracking line search, restarts from the
 * optimum with a fresh Hessian), on the objective's analytic gradient when it has one and on
 * central differences otherwise. The models call it on log-parameters with objectives
 * normalised per customer, so gradients are O(1) and one gradient tolerance (relative to the
 * objective's size, which sets its rounding noise) suits every data size. Non-finite objective
 * values are treated as "too far": the line search backs off from them.
 */

export interface MinimizeOptions {
  maxIterations?: number;
  gradientTolerance?: number;
  /** ∂f/∂x; without it, central differences (2 evaluations of f per coordinate). */
  gradient?: Gradient;
  /** Stop at the first accepted point where this holds: the caller only needs to reach it. */
  stopWhen?: (x: readonly number[]) => boolean;
}

export interface MinimizeResult {
  x: number[];
  value: number;
  iterations: number;
  converged: boolean;
}

export type Objective = (x: readonly number[]) => number;
export type Gradient = (x: readonly number[]) => number[];
/** The gradient at x, where f(x) = value is already known (central differences reuse it). */
type GradientAt = (x: readonly number[], value: number) => number[];

/** Longest step, in log-parameter units, so one bad direction cannot jump into overflow. */
const MAX_STEP = 2;
const ARMIJO = 1e-4;
const MIN_STEP_FRACTION = 1e-12;
const MAX_RESTARTS = 3;
const STALL_GRADIENT = 1e-5;
/**
 * Steps this small (log units) that gain this little (relative) are rounding noise; a few in
 * a row mean the optimum is reached as closely as the objective's precision allows. A walk
 * down a flat tail gains as little but in long steps, so it is not mistaken for this.
 */
const NOISE_STEP = 1e-6;
const NOISE_GAIN = 1e-13;
const NOISE_ITERATIONS = 3;

export function minimize(f: Objective, start: readonly number[], options: MinimizeOptions = {}): MinimizeResult {
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.gradientTolerance ?? 1e-8;
  const analytic = options.gradient;
  const gradientAt: GradientAt = analytic ? (x) => analytic(x) : (x, value) => numericGradient(f, x, value);
  const stopWhen = options.stopWhen ?? (() => false);
  let result = bfgs(f, gradientAt, start, maxIterations, tolerance, stopWhen);
  for (let restart = 0; restart < MAX_RESTARTS && result.iterations < maxIterations; restart += 1) {
    if (stopWhen(result.x)) break;
    const again = bfgs(f, gradientAt, result.x, maxIterations - result.iterations, tolerance, stopWhen);
    const improved = again.value < result.value - 1e-12 * Math.max(1, Math.abs(result.value));
    result = { ...again, iterations: result.iterations + again.iterations };
    if (!improved) break;
  }
  return result;
}

function bfgs(
  f: Objective,
  gradientAt: GradientAt,
  start: readonly number[],
  maxIterations: number,
  tolerance: number,
  stopWhen: (x: readonly number[]) => boolean,
): MinimizeResult {
  const n = start.length;
  let x = [...start];
  let value = f(x);
  let gradient = gradientAt(x, value);
  let inverseHessian = identity(n);
  let freshHessian = true;
  let noisyIterations = 0;
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    if (Number.isFinite(value) && maxAbs(gradient) <= tolerance * Math.max(1, Math.abs(value))) {
      return { x, value, iterations: iteration, converged: true };
    }
    let direction = multiply(inverseHessian, gradient).map((v) => -v);
    if (dot(direction, gradient) >= 0) {
      inverseHessian = identity(n);
      freshHessian = true;
      direction = gradient.map((v) => -v);
    }
    const unscaled = maxAbs(direction);
    if (unscaled > MAX_STEP) direction = direction.map((v) => (v * MAX_STEP) / unscaled);
    const longest = Math.min(unscaled, MAX_STEP);
    const slope = dot(direction, gradient);
    let step = 1;
    let next: number[] | null = null;
    let nextValue = Number.NaN;
    let stoppedAtNoise = false;
    while (step > MIN_STEP_FRACTION) {
      const candidate = x.map((v, i) => v + step * direction[i]);
      nextValue = f(candidate);
      if (Number.isFinite(nextValue) && nextValue <= value + ARMIJO * step * slope) {
        next = candidate;
        break;
      }
      // A noise-sized step (see NOISE_STEP) that failed: shorter ones could only win on the
      // objective's rounding, so stop here instead of halving ~20 more times (walks to the
      // rounding floor spent most of their evaluations so, without moving). Non-finite values
      // are a wall, not noise: keep backing off from those.
      const noiseSized = step * longest < NOISE_STEP && -step * slope < NOISE_GAIN * Math.max(1, Math.abs(value));
      if (Number.isFinite(nextValue) && noiseSized) {
        stoppedAtNoise = true;
        break;
      }
      step /= 2;
    }
    if (next === null) {
      // No decrease even along −gradient: we are at the objective's rounding floor. That is
      // a minimum if the gradient is small on the objective's scale, not if it is a wall; and
      // if even noise-sized steps failed, as close to one as its precision allows (what a run
      // of noisy iterations concludes, too).
      const atFloor = maxAbs(gradient) < STALL_GRADIENT * Math.max(1, Math.abs(value));
      if (freshHessian) return { x, value, iterations: iteration, converged: atFloor || stoppedAtNoise };
      inverseHessian = identity(n);
      freshHessian = true;
      continue;
    }
    const nextGradient = gradientAt(next, nextValue);
    const s = next.map((v, i) => v - x[i]);
    const y = nextGradient.map((v, i) => v - gradient[i]);
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      // First update: scale the identity to the observed curvature (Nocedal & Wright 6.20).
      if (freshHessian) inverseHessian = identity(n).map((row) => row.map((v) => (v * sy) / dot(y, y)));
      inverseHessian = bfgsUpdate(inverseHessian, s, y, sy);
      freshHessian = false;
    }
    const gain = value - nextValue;
    const noisy = maxAbs(s) < NOISE_STEP && gain <= NOISE_GAIN * Math.max(1, Math.abs(value));
    noisyIterations = noisy ? noisyIterations + 1 : 0;
    x = next;
    value = nextValue;
    gradient = nextGradient;
    if (noisyIterations >= NOISE_ITERATIONS) return { x, value, iterations: iteration + 1, converged: true };
    if (stopWhen(x)) return { x, value, iterations: iteration + 1, converged: false };
  }
  return { x, value, iterations: maxIterations, converged: false };
}

/** Central differences; one-sided where a side is non-finite (e.g. at the objective's wall). */
function numericGradient(f: Objective, x: readonly number[], fx: number): number[] {
  return x.map((xi, i) => {
    const h = 1e-5 * Math.max(1, Math.abs(xi));
    const up = f(x.map((v, j) => (j === i ? xi + h : v)));
    const down = f(x.map((v, j) => (j === i ? xi - h : v)));
    if (Number.isFinite(up) && Number.isFinite(down)) return (up - down) / (2 * h);
    if (Number.isFinite(up) && Number.isFinite(fx)) return (up - fx) / h;
    if (Number.isFinite(down) && Number.isFinite(fx)) return (fx - down) / h;
    return 0;
  });
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / (yᵀ s). */
function bfgsUpdate(h: number[][], s: number[], y: number[], sy: number): number[][] {
  const rho = 1 / sy;
  const hy = multiply(h, y);
  const yhy = dot(y, hy);
  return h.map((row, i) =>
    row.map((v, j) => v - rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j]),
  );
}

const identity = (n: number): number[][] =>
  Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const multiply = (m: number[][], v: number[]): number[] => m.map((row) => dot(row, v));
const dot = (u: readonly number[], v: readonly number[]): number => u.reduce((sum, ui, i) => sum + ui * v[i], 0);
const maxAbs = (v: readonly number[]): number => v.reduce((m, vi) => Math.max(m, Math.abs(vi)), 0);
