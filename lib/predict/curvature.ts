import type { Gradient, Objective } from "./optimize";

/**
 * Detects a flat direction at a claimed optimum: a likelihood whose supremum lies at
 * infinity can stop the optimiser inside the box with a tiny gradient (e.g. nobody
 * repeats: the log-likelihood −r·Σ log(1 + T/α) → 0 only as r → 0 or α → ∞). At a
 * genuine optimum the Hessian is clearly positive definite; on such a tail it is ~0.
 */

/** Finite-difference step in log-parameter units. */
const STEP = 1e-3;

/**
 * True when the Hessian of f at x is not positive definite beyond `minCurvature`. With f's
 * analytic gradient the Hessian is its central difference: 2n gradients instead of 2n² + 1
 * values.
 */
export function hasFlatDirection(
  f: Objective,
  x: readonly number[],
  minCurvature: number,
  gradient?: Gradient,
): boolean {
  const hessian = gradient ? hessianFromGradient(gradient, x) : numericHessian(f, x);
  // Cholesky of H − minCurvature·I succeeds iff its smallest eigenvalue exceeds minCurvature.
  const n = x.length;
  const lower = hessian.map((row, i) => row.map((v, j) => (i === j ? v - minCurvature : v)));
  for (let j = 0; j < n; j += 1) {
    let diagonal = lower[j][j];
    for (let k = 0; k < j; k += 1) diagonal -= lower[j][k] ** 2;
    if (!(diagonal > 0)) return true;
    lower[j][j] = Math.sqrt(diagonal);
    for (let i = j + 1; i < n; i += 1) {
      let v = lower[i][j];
      for (let k = 0; k < j; k += 1) v -= lower[i][k] * lower[j][k];
      lower[i][j] = v / lower[j][j];
    }
  }
  return false;
}

/** Central differences of the gradient, symmetrised (the two estimates of a mixed term differ by rounding). */
function hessianFromGradient(gradient: Gradient, x: readonly number[]): number[][] {
  const rows = x.map((_, i) => {
    const up = gradient(x.map((v, k) => (k === i ? v + STEP : v)));
    const down = gradient(x.map((v, k) => (k === i ? v - STEP : v)));
    return up.map((u, j) => (u - down[j]) / (2 * STEP));
  });
  return rows.map((row, i) => row.map((v, j) => (v + rows[j][i]) / 2));
}

/** Central differences; the Hessian is symmetric, so each mixed term is evaluated once. */
function numericHessian(f: Objective, x: readonly number[]): number[][] {
  const at = (di: number, si: number, dj: number, sj: number) =>
    f(x.map((v, k) => v + (k === di ? si * STEP : 0) + (k === dj ? sj * STEP : 0)));
  const center = f(x);
  const hessian = x.map(() => x.map(() => 0));
  x.forEach((_, i) => {
    hessian[i][i] = (at(i, 1, -1, 0) - 2 * center + at(i, -1, -1, 0)) / STEP ** 2;
    for (let j = 0; j < i; j += 1) {
      const mixed = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * STEP ** 2);
      hessian[i][j] = mixed;
      hessian[j][i] = mixed;
    }
  });
  return hessian;
}
