import { fitLogParameters } from "./bounded-fit";
import { makeScaledGammaGammaLikelihood } from "./gamma-gamma-likelihood";
import { sharedPass } from "./shared-pass";
import type { CustomerInputs, GammaGammaParams, WarningCode } from "./types";
import { WARM_START_ABOVE, warmStartSample } from "./warm-start";

/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005; Fader & Hardie 2013 note): each order
 * value ~ Gamma(p, ν) around the customer's own scale ν ~ Gamma(q, γ). Fitted on repeat
 * buyers only, from x and the mean repeat-order value z̄.
 */

export type GammaGammaFit =
  | (GammaGammaParams & {
      status: "fitted";
      logLikelihood: number;
      /** Repeat buyers the fit used. */
      customers: number;
      converged: boolean;
      warnings: WarningCode[];
      boundedParameters: string[];
    })
  | { status: "not_enough_data"; customers: 0; warnings: WarningCode[] };

type Spend = Pick<CustomerInputs, "x" | "zbar">;

/**
 * Box for the bounded refit (log units): p ∈ [1e-4, 1e4]; q ∈ [1.1, 1e4], since q ≤ 1 makes
 * the population mean order value pγ/(q−1) infinite; γ ∈ [1e-10, 1e10] × the mean z̄, so the
 * box follows the currency's scale and holds γ ≈ mean·(q−1)/p at any p and q in theirs.
 */
const LOG_1E4 = Math.log(1e4);
const LOG_1E10 = Math.log(1e10);
const LOG_MIN_Q = Math.log(1.1);

/**
 * Full log-likelihood of the observed means: x·z̄ ~ Gamma(px, ν) given ν, so
 *   log f(z̄) = log Γ(px+q) − log Γ(px) − log Γ(q) + q log γ + (px−1) log z̄ + px log x
 *              − (px+q) log(γ + x·z̄),
 * including the Jacobian px·log x (gives −4055.92 on CDNOW). It is evaluated regrouped as
 *   log Γ(px+q) − log Γ(px) − log Γ(q) − log z̄ − px·log(1 + γ/(x z̄)) − q·log(1 + x z̄/γ),
 * which is the same sum without its O(px · log z̄) terms that cancel: for a customer with
 * thousands of orders those would leave the optimiser nothing but rounding noise.
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  customers: readonly Spend[],
): number {
  const usable = customers.filter(isFittable);
  if (usable.length === 0) return 0;
  const logScale = logMeanSpend(usable);
  const scaled = makeScaledGammaGammaLikelihood(usable, logScale);
  const { logLikelihood } = scaled(params.p, params.q, Math.log(params.gamma) - logScale);
  return logLikelihood - usable.length * logScale;
}

/** `start`: parameters to start from (see fitBgNbd). */
export function fitGammaGamma(
  customers: readonly Spend[],
  start?: GammaGammaParams,
): GammaGammaFit {
  const usable = customers.filter(isFittable);
  const hasZeroSpend = customers.some((c) => c.x > 0 && !(c.zbar > 0));
  const warnings: WarningCode[] = hasZeroSpend ? ["zero_spend_excluded"] : [];
  if (usable.length === 0) {
    return { status: "not_enough_data", customers: 0, warnings: ["not_enough_data", ...warnings] };
  }
  const logScale = logMeanSpend(usable);
  const logLikelihood = makeScaledGammaGammaLikelihood(usable, logScale);
  // Start at p = 1, q = 2, γ = mean z̄: the population mean pγ/(q−1) then equals the sample
  // mean. γ is optimised as log(γ / mean z̄).
  const sample =
    !start && usable.length > WARM_START_ABOVE ? fitGammaGamma(warmStartSample(usable)) : null;
  const from = start ?? (sample?.status === "fitted" ? sample : null);
  const logStart = from
    ? [Math.log(from.p), Math.log(from.q), Math.log(from.gamma) - logScale]
    : [0, Math.log(2), 0];
  // Per customer, so that gradients are O(1) at any cohort size (see optimize.ts).
  const objective = sharedPass(([p, q, scaledLogGamma]) => {
    const { logLikelihood: total, gradient } = logLikelihood(Math.exp(p), Math.exp(q), scaledLogGamma);
    return { value: -total / usable.length, gradient: gradient.map((g) => -g / usable.length) };
  });
  const fit = fitLogParameters(
    objective,
    logStart,
    {
      names: ["p", "q", "gamma"],
      lower: [-LOG_1E4, LOG_MIN_Q, -LOG_1E10],
      upper: [LOG_1E4, LOG_1E4, LOG_1E10],
    },
    sample?.status === "fitted" ? sample.boundedParameters : undefined,
  );
  const [logP, logQ, scaledLogGamma] = fit.logParams;
  if (fit.boundedParameters.length > 0) warnings.push("bounded_fit");
  if (!fit.converged) warnings.push("not_converged");
  return {
    status: "fitted",
    p: Math.exp(logP),
    q: Math.exp(logQ),
    gamma: Math.exp(scaledLogGamma + logScale),
    logLikelihood: -fit.value * usable.length - usable.length * logScale,
    customers: usable.length,
    converged: fit.converged,
    warnings,
    boundedParameters: fit.boundedParameters,
  };
}

/**
 * E[Z | x, z̄] = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · z̄: a credibility-weighted mix of
 * the population mean and the customer's own mean, written as two bounded weights times γ
 * and z̄ so that no intermediate exceeds the inputs' scale. x = 0 gives pγ/(q−1), finite
 * because fitGammaGamma keeps q ≥ 1.1.
 */
export function expectedOrderValue({ p, q, gamma }: GammaGammaParams, { x, zbar }: Spend): number {
  const denominator = p * x + q - 1;
  return (p / denominator) * gamma + ((p * x) / denominator) * (x > 0 ? zbar : 0);
}

function isFittable(c: Spend): boolean {
  return Number.isInteger(c.x) && c.x >= 1 && c.zbar > 0 && Number.isFinite(c.zbar);
}

/** log of the mean z̄, summed as z̄/n so that huge amounts cannot overflow. */
function logMeanSpend(customers: readonly Spend[]): number {
  return Math.log(customers.reduce((sum, c) => sum + c.zbar / customers.length, 0));
}
