/**
 * Small numerical helpers shared by the CLV models. All work in log space so that
 * likelihoods over thousands of customers neither overflow nor underflow.
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
/** Below this the Stirling series is not accurate to double precision; shift up first. */
const STIRLING_THRESHOLD = 10;

/**
 * log Γ(x) for x > 0, accurate to ~1e-15 relative. Uses the recurrence
 * Γ(x) = Γ(x + n) / (x (x+1) … (x+n-1)) to reach x ≥ 10 and then the Stirling series
 * with terms up to x^-11 (next term < 1e-15 there). Returns NaN for x ≤ 0 or NaN.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  let y = x;
  let product = 1;
  while (y < STIRLING_THRESHOLD) {
    product *= y;
    y += 1;
  }
  return (y - 0.5) * Math.log(y) - y + HALF_LOG_TWO_PI + stirlingCorrection(y) - Math.log(product);
}

/**
 * log Γ(z + d) − log Γ(z) for z, d > 0. For z ≥ 10 the two Stirling expansions are
 * subtracted analytically, (z − ½)·log1p(d/z) + d·log(z+d) − d + ΔS, instead of
 * subtracting two log Γ values that are both huge when z is (e.g. p·x in the millions).
 */
export function logGammaRatio(z: number, d: number): number {
  if (!(z >= STIRLING_THRESHOLD)) return logGamma(z + d) - logGamma(z);
  const w = z + d;
  return (z - 0.5) * Math.log1p(d / z) + d * Math.log(w) - d + stirlingCorrection(w) - stirlingCorrection(z);
}

/** log Γ(y) − [(y − ½) log y − y + ½ log 2π], the Stirling series, for y ≥ 10. */
function stirlingCorrection(y: number): number {
  const inv = 1 / y;
  const inv2 = inv * inv;
  return (
    inv *
    (1 / 12 +
      inv2 * (-1 / 360 + inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360))))))
  );
}

/** log(e^u + e^v) without overflow; -Infinity behaves as log(0). */
export function logAddExp(u: number, v: number): number {
  if (u === Number.NEGATIVE_INFINITY) return v;
  if (v === Number.NEGATIVE_INFINITY) return u;
  const hi = Math.max(u, v);
  return hi + Math.log1p(Math.exp(Math.min(u, v) - hi));
}

/** log(1 + e^u), exact for large |u| where the naive form overflows or rounds to 0. */
export function log1pExp(u: number): number {
  return u > 0 ? u + Math.log1p(Math.exp(-u)) : Math.log1p(Math.exp(u));
}

/** (e^(k·L) − 1) / k, continuous at k = 0 (limit L); expm1 keeps small k accurate. */
export function expm1Ratio(k: number, logValue: number): number {
  return k === 0 ? logValue : Math.expm1(k * logValue) / k;
}

/** Rising factorials up to this length are summed term by term. */
const DIRECT_RISING_TERMS = 64;

/**
 * log(base · (base+1) ⋯ (base+n−1)) = log Γ(base+n) − log Γ(base) for whole n ≥ 0.
 * Short products are summed directly: the Γ difference cancels almost all its digits when
 * base is large (e.g. b = 1e4 at the edge of a bounded fit) and n small.
 */
export function logRisingFactorial(base: number, n: number): number {
  if (n > DIRECT_RISING_TERMS) return logGamma(base + n) - logGamma(base);
  let sum = 0;
  for (let j = 0; j < n; j += 1) sum += Math.log(base + j);
  return sum;
}

/**
 * ψ(x) = d/dx log Γ(x) for x > 0: the recurrence ψ(x) = ψ(x+1) − 1/x up to x ≥ 10, then the
 * asymptotic series (next term < 1e-15 there). For the likelihoods' analytic gradients.
 */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let y = x;
  let shift = 0;
  while (y < STIRLING_THRESHOLD) {
    shift += 1 / y;
    y += 1;
  }
  return Math.log(y) - 0.5 / y - digammaTail(y) - shift;
}

/**
 * ψ(z + d) − ψ(z) for z, d > 0, the derivative of logGammaRatio in z's place. For z ≥ 10 the
 * series are subtracted analytically, log1p(d/z) + d/(2z(z+d)) − Δtail, so that a tiny
 * difference between two large ψ keeps its digits (p·x in the millions).
 */
export function digammaDifference(z: number, d: number): number {
  if (!(z >= STIRLING_THRESHOLD)) return digamma(z + d) - digamma(z);
  const w = z + d;
  return Math.log1p(d / z) + d / (2 * z * w) - (digammaTail(w) - digammaTail(z));
}

/** log y − 1/(2y) − ψ(y): the asymptotic series' remaining terms, for y ≥ 10. */
function digammaTail(y: number): number {
  const inv2 = 1 / (y * y);
  return (
    inv2 *
    (1 / 12 + inv2 * (-1 / 120 + inv2 * (1 / 252 + inv2 * (-1 / 240 + inv2 * (1 / 132 + inv2 * (-691 / 32760))))))
  );
}

/**
 * d/d(base) of logRisingFactorial(base, n) = Σ 1/(base + j) over j < n, summed directly for
 * the same short products and as ψ(base+n) − ψ(base) for long ones.
 */
export function logRisingFactorialSlope(base: number, n: number): number {
  if (n > DIRECT_RISING_TERMS) return digammaDifference(base, n);
  let sum = 0;
  for (let j = 0; j < n; j += 1) sum += 1 / (base + j);
  return sum;
}
