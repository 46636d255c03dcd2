import { makeBgNbdLikelihood } from "./bgnbd-likelihood";
import { fitLogParameters } from "./bounded-fit";
import { sharedPass } from "./shared-pass";
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
  return makeBgNbdLikelihood(customers)(params).logLikelihood;
}

/**
 * `start`: parameters to start from, e.g. the previous fit on slightly older data, which
 * leaves the optimiser only the last few steps; without it large cohorts start from a fit
 * on a sample of them (warm-start.ts) and small ones from r = α/mean T = a = b = 1.
 */
export function fitBgNbd(customers: readonly Timing[], start?: BgNbdParams): BgNbdFit {
  if (customers.length === 0) return { status: "not_enough_data", warnings: ["not_enough_data"] };
  customers.forEach(assertValidTiming);
  const logLikelihood = makeBgNbdLikelihood(customers);
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
  // Per customer, so that gradients are O(1) at any cohort size (see optimize.ts).
  const objective = sharedPass((theta) => {
    const { logLikelihood: total, gradient } = logLikelihood(toParams(theta));
    return { value: -total / customers.length, gradient: gradient.map((g) => -g / customers.length) };
  });
  const box = {
    names: ["r", "alpha", "a", "b"],
    lower: [-LOG_1E4, logScale - LOG_1E10, -LOG_1E4, -LOG_1E4],
    upper: [LOG_1E4, logScale + LOG_1E10, LOG_1E4, LOG_1E4],
  };
  const fit = fitLogParameters(objective, logStart, box, sample?.status === "fitted" ? sample.boundedParameters : undefined);
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

function assertValidTiming(c: Timing, index: number): void {
  const valid = Number.isInteger(c.x) && c.x >= 0 && c.tx >= 0 && c.T >= c.tx && Number.isFinite(c.T);
  const consistent = c.x > 0 || c.tx === 0;
  if (!valid || !consistent) throw new RangeError(`BG/NBD input ${index} has invalid (x, tx, T)`);
}
