import { fitLogParameters } from "./bounded-fit";
import { groupIdentical } from "./group-identical";
import { logAddExp, logRisingFactorial } from "./special-functions";
import type { BgNbdParams, CustomerInputs, WarningCode } from "./types";
import { WARM_START_ABOVE, warmStartSample } from "./warm-start";

/**
 * BG/NBD (Fader, Hardie & Lee 2005): purchases at Poisson rate λ ~ Gamma(r, α) while alive;
 * after each purchase the customer drops out with probability p ~ Beta(a, b).
 */

export type BgNbdFit =
  | (BgNbdParams & {
      status: "fitted";
      logLikelihood: number;
      converged: boolean;
      warnings: WarningCode[];
      boundedParameters: string[];
    })
  | { status: "not_enough_data"; warnings: WarningCode[] };

type Timing = Pick<CustomerInputs, "x" | "tx" | "T">;

/**
 * Box for the bounded refit, in log units: r, a, b ∈ [1e-4, 1e4]; α ∈ [1e-10, 1e10] × the
 * mean customer age T, so the box follows the data's time unit and is wide enough for
 * α ≈ r / (purchase rate) at any r in its box.
 */
const LOG_1E4 = Math.log(1e4);
const LOG_1E10 = Math.log(1e10);

/** Total log-likelihood Σ log L(r, α, a, b | x, t_x, T) over the customers. */
export function bgnbdLogLikelihood(params: BgNbdParams, customers: readonly Timing[]): number {
  return makeLogLikelihood(customers)(params);
}

/**
 * `start`: parameters to start from, e.g. the previous fit on slightly older data, which
 * leaves the optimiser only the last few steps; without it large cohorts start from a fit
 * on a sample of them (warm-start.ts) and small ones from r = α/mean T = a = b = 1.
 */
export function fitBgNbd(customers: readonly Timing[], start?: BgNbdParams): BgNbdFit {
  if (customers.length === 0) return { status: "not_enough_data", warnings: ["not_enough_data"] };
  customers.forEach(assertValidTiming);
  const logLikelihood = makeLogLikelihood(customers);
  const meanT = customers.reduce((sum, c) => sum + c.T, 0) / customers.length;
  const logScale = Math.log(meanT > 0 ? meanT : 1);
  const sample = !start && customers.length > WARM_START_ABOVE ? fitBgNbd(warmStartSample(customers)) : null;
  const from = start ?? (sample?.status === "fitted" ? sample : null);
  const logStart = from ? [from.r, from.alpha, from.a, from.b].map(Math.log) : [0, logScale, 0, 0];
  const toParams = ([r, alpha, a, b]: readonly number[]): BgNbdParams => ({
    r: Math.exp(r),
    alpha: Math.exp(alpha),
    a: Math.exp(a),
    b: Math.exp(b),
  });
  const fit = fitLogParameters((theta) => -logLikelihood(toParams(theta)) / customers.length, logStart, {
    names: ["r", "alpha", "a", "b"],
    lower: [-LOG_1E4, logScale - LOG_1E10, -LOG_1E4, -LOG_1E4],
    upper: [LOG_1E4, logScale + LOG_1E10, LOG_1E4, LOG_1E4],
  });
  const warnings: WarningCode[] = [];
  if (customers.every((c) => c.x === 0)) warnings.push("no_repeat_purchases");
  if (fit.boundedParameters.length > 0) warnings.push("bounded_fit");
  if (!fit.converged) warnings.push("not_converged");
  return {
    status: "fitted",
    ...toParams(fit.logParams),
    logLikelihood: -fit.value * customers.length,
    converged: fit.converged,
    warnings,
    boundedParameters: fit.boundedParameters,
  };
}

/**
 * log L = log (r)_x + log (b)_x − log (a+b)_x − r·log(1 + T/α) − x·log(α+T)
 *       + log[ 1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x) ]
 * i.e. Γ(r+x)/Γ(r) and B(a, b+x)/B(a, b) as rising factorials (x is a whole number), and
 * r·log α − (r+x)·log(α+T) regrouped through log1p: both avoid subtracting near-equal
 * large terms when r, α or b are huge, which would leave the optimiser only rounding noise
 * to follow. The bracket is a log-sum-exp so large x or T never overflow.
 */
function makeLogLikelihood(customers: readonly Timing[]): (params: BgNbdParams) => number {
  const groups = groupIdentical(customers, (c) => [c.x, c.tx, c.T]);
  // Cohorts have few distinct x, T and t_x values (whole days), so every log is taken once
  // per distinct value and the per-row work is one log-sum-exp.
  const xs = distinctIndex(groups.map((g) => g.row.x));
  const ages = distinctIndex(groups.map((g) => g.row.T));
  const lasts = distinctIndex(groups.map((g) => g.row.tx));
  // Columns in typed arrays keep the hot loop over distinct rows monomorphic and cache-friendly.
  const count = Float64Array.from(groups, (g) => g.count);
  const xOf = Float64Array.from(groups, (g) => g.row.x);
  const xi = Int32Array.from(groups, (g) => xs.index.get(g.row.x) ?? 0);
  const ti = Int32Array.from(groups, (g) => ages.index.get(g.row.T) ?? 0);
  const li = Int32Array.from(groups, (g) => lasts.index.get(g.row.tx) ?? 0);
  return ({ r, alpha, a, b }) => {
    const perX = xs.values.map(
      (x) => logRisingFactorial(r, x) + logRisingFactorial(b, x) - logRisingFactorial(a + b, x),
    );
    const dropTerm = xs.values.map((x) => (x > 0 ? Math.log(a) - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY));
    const ageLog1p = Float64Array.from(ages.values, (T) => Math.log1p(T / alpha));
    const ageLog = Float64Array.from(ages.values, (T) => Math.log(alpha + T));
    const lastLog1p = Float64Array.from(lasts.values, (tx) => Math.log1p(tx / alpha));
    const lastLog = Float64Array.from(lasts.values, (tx) => Math.log(alpha + tx));
    let total = 0;
    for (let k = 0; k < count.length; k++) {
      const x = xOf[k];
      const t = ti[k];
      const l = li[k];
      const alive = -r * ageLog1p[t] - x * ageLog[t];
      const droppedAfterLast = dropTerm[xi[k]] - r * lastLog1p[l] - x * lastLog[l];
      total += count[k] * (perX[xi[k]] + logAddExp(alive, droppedAfterLast));
    }
    return total;
  };
}

function distinctIndex(values: readonly number[]): { values: number[]; index: Map<number, number> } {
  const distinct = [...new Set(values)];
  return { values: distinct, index: new Map(distinct.map((v, i) => [v, i])) };
}

function assertValidTiming(c: Timing, index: number): void {
  const valid = Number.isInteger(c.x) && c.x >= 0 && c.tx >= 0 && c.T >= c.tx && Number.isFinite(c.T);
  const consistent = c.x > 0 || c.tx === 0;
  if (!valid || !consistent) throw new RangeError(`BG/NBD input ${index} has invalid (x, tx, T)`);
}
