/**
 * The Gaussian hypergeometric function in the one form the BG/NBD needs:
 *
 *   H(A, B, C; z) = C · (₂F₁(A, B; C; z) − 1) / B
 *                 = Σ_{n≥1} (A)_n (B+1)_{n−1} / ((C+1)_{n−1} n!) · zⁿ
 *
 * Dividing out B keeps the value finite and exact as B → 0 (the BG/NBD's a → 1), and
 * multiplying by C removes the pole at C = 0 (the BG/NBD's a + b = 1 when x = 0), so
 * every denominator is positive whenever B > −1 and C > −1.
 */

/** Stop once the bounded tail is below this fraction of the sum. */
const RELATIVE_TOLERANCE = 1e-15;
/** z close to 1 converges slowly; past this many terms the caller uses another method. */
const MAX_TERMS = 20_000;
/** Σ|terms| / |sum| above this means alternating terms cancelled away the precision. */
const MAX_CANCELLATION = 1e6;

export interface SeriesResult {
  value: number;
  /** False when the series did not reach the tolerance, or lost precision to cancellation. */
  converged: boolean;
  /** Σ|terms|: against the value, how many digits cancellation took. */
  magnitude: number;
}

/** H(A, B, C; z) for 0 ≤ z < 1, B > −1, C > −1 (see the module comment). */
export function hypergeometricIncrement(A: number, B: number, C: number, z: number): SeriesResult {
  if (!(z >= 0 && z < 1) || !(B > -1) || !(C > -1) || !Number.isFinite(A)) {
    return { value: Number.NaN, converged: false, magnitude: Number.NaN };
  }
  let term = A * z;
  let sum = term;
  let sumAbs = Math.abs(term);
  for (let n = 1; n <= MAX_TERMS; n += 1) {
    if (term === 0) return { value: sum, converged: true, magnitude: sumAbs };
    const ratio = ((A + n) * (B + n) * z) / ((C + n) * (n + 1));
    term *= ratio;
    sum += term;
    sumAbs += Math.abs(term);
    if (!Number.isFinite(sum)) break;
    // Once A + n > 0 each factor (A+m)/(C+m) and (B+m)/(m+1) moves monotonically towards 1,
    // so q bounds every later ratio and the tail is at most |term| · q / (1 − q).
    if (A + n > 0) {
      const q = z * Math.max(1, (A + n + 1) / (C + n + 1)) * Math.max(1, (B + n + 1) / (n + 2));
      const tailBound = q < 1 ? (Math.abs(term) * q) / (1 - q) : Number.POSITIVE_INFINITY;
      if (tailBound <= RELATIVE_TOLERANCE * Math.abs(sum)) {
        const converged = sumAbs <= MAX_CANCELLATION * Math.abs(sum);
        return { value: sum, converged, magnitude: sumAbs };
      }
    }
  }
  return { value: sum, converged: false, magnitude: sumAbs };
}
