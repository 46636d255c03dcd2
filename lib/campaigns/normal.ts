/**
 * Standard normal distribution: CDF and quantile, accurate to double precision.
 *
 * Both p-values and confidence intervals of the campaign tests go through here,
 * so the tails must stay accurate: a p-value of 1e-20 should not read as 0.
 */

const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);

/**
 * Below this argument erf comes from its power series, above it erfc from its
 * continued fraction: both then converge in under ~60 terms, and the series
 * (all terms positive) has no cancellation.
 */
const SERIES_LIMIT = 2.5;

/** erf(x) = 2/√π · e^(−x²) · Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)), Abramowitz & Stegun 7.1.6. */
function erfSeries(x: number): number {
  const twoXSquared = 2 * x * x;
  let term = x;
  let sum = x;
  for (let n = 1; term > 1e-17 * sum; n++) {
    term *= twoXSquared / (2 * n + 1);
    sum += term;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
}

/**
 * erfc(x) for x ≥ SERIES_LIMIT from the continued fraction
 * erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), A&S 7.1.14,
 * evaluated with the modified Lentz method; it keeps full relative accuracy
 * deep in the tail, where 1 − erf(x) would round to 0.
 */
function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const numerator = k / 2;
    d = x + numerator * d;
    d = d === 0 ? tiny : d;
    c = x + numerator / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}

/** Complementary error function, relative accuracy ~1e-15 everywhere. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  return x < SERIES_LIMIT ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}

/** Φ(z) = P(Z ≤ z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z * Math.SQRT1_2);
}

/** Acklam's rational approximation (relative error < 1.15e-9) for p ≤ 0.5. */
function acklamLowerHalf(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/**
 * Φ⁻¹(p). Acklam's approximation followed by one Halley step on the accurate
 * CDF, which takes the 1e-9 starting error to about machine precision.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile: p must be in [0, 1], got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  // Work in the lower half, where Φ(x) is known to full relative precision; 1 − p is exact for p ≥ 0.5.
  if (p > 0.5) return -normalQuantile(1 - p);
  const x = acklamLowerHalf(p);
  const u = (normalCdf(x) - p) * SQRT_TWO_PI * Math.exp((x * x) / 2);
  // exp(x²/2) overflows only for p below ~1e-300, where Acklam's value is all we can give.
  if (!Number.isFinite(u)) return x;
  return x - u / (1 + (x * u) / 2);
}
