import { fitLogParameters } from "./bounded-fit";
import { groupIdentical } from "./group-identical";
import { logAddExp, logGamma } from "./special-functions";
import type { BgNbdParams, CustomerInputs, WarningCode } from "./types";

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
 * Box for the bounded refit, in log units: r, a, b ∈ [1e-4, 1e4]; α ∈ [1e-6, 1e6] × the mean
 * customer age T, so the box follows the data's time unit.
 */
const LOG_1E4 = Math.log(1e4);
const LOG_1E6 = Math.log(1e6);

/** Total log-likelihood Σ log L(r, α, a, b | x, t_x, T) over the customers. */
export function bgnbdLogLikelihood(params: BgNbdParams, customers: readonly Timing[]): number {
  return makeLogLikelihood(customers)(params);
}

export function fitBgNbd(customers: readonly Timing[]): BgNbdFit {
  if (customers.length === 0) return { status: "not_enough_data", warnings: ["not_enough_data"] };
  customers.forEach(assertValidTiming);
  const logLikelihood = makeLogLikelihood(customers);
  const meanT = customers.reduce((sum, c) => sum + c.T, 0) / customers.length;
  const logScale = Math.log(meanT > 0 ? meanT : 1);
  const toParams = ([r, alpha, a, b]: readonly number[]): BgNbdParams => ({
    r: Math.exp(r),
    alpha: Math.exp(alpha),
    a: Math.exp(a),
    b: Math.exp(b),
  });
  const fit = fitLogParameters((theta) => -logLikelihood(toParams(theta)) / customers.length, [0, logScale, 0, 0], {
    names: ["r", "alpha", "a", "b"],
    lower: [-LOG_1E4, logScale - LOG_1E6, -LOG_1E4, -LOG_1E4],
    upper: [LOG_1E4, logScale + LOG_1E6, LOG_1E4, LOG_1E4],
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
 * log L = log Γ(r+x) − log Γ(r) + r log α + log B(a, b+x) − log B(a, b)
 *       + log[ (α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+t_x)^−(r+x) ]
 * The Γ/B terms depend on x only and are computed once per distinct x; the bracket is a
 * log-sum-exp so large x or T never overflow.
 */
function makeLogLikelihood(customers: readonly Timing[]): (params: BgNbdParams) => number {
  const groups = groupIdentical(customers, (c) => `${c.x}|${c.tx}|${c.T}`);
  const distinctX = [...new Set(groups.map((g) => g.row.x))];
  const xIndex = new Map(distinctX.map((x, i) => [x, i]));
  const rows = groups.map(({ row, count }) => ({ ...row, count, xi: xIndex.get(row.x) ?? 0 }));
  return ({ r, alpha, a, b }) => {
    const common = r * Math.log(alpha) - logGamma(r) + logGamma(a + b) - logGamma(b);
    const perX = distinctX.map((x) => logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x));
    const dropTerm = distinctX.map((x) => (x > 0 ? Math.log(a) - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY));
    let total = customers.length * common;
    for (const row of rows) {
      const k = r + row.x;
      const alive = -k * Math.log(alpha + row.T);
      const droppedAfterLast = dropTerm[row.xi] - k * Math.log(alpha + row.tx);
      total += row.count * (perX[row.xi] + logAddExp(alive, droppedAfterLast));
    }
    return total;
  };
}

function assertValidTiming(c: Timing, index: number): void {
  const valid = Number.isInteger(c.x) && c.x >= 0 && c.tx >= 0 && c.T >= c.tx && Number.isFinite(c.T);
  const consistent = c.x > 0 || c.tx === 0;
  if (!valid || !consistent) throw new RangeError(`BG/NBD input ${index} has invalid (x, tx, T)`);
}
