import { groupIdentical } from "./group-identical";
import { digammaDifference, logGamma, logGammaRatio } from "./special-functions";
import type { CustomerInputs } from "./types";

type Spend = Pick<CustomerInputs, "x" | "zbar">;

export interface GammaGammaEvaluation {
  logLikelihood: number;
  /** ∂ log L / ∂(log p, log q, log γ). */
  gradient: [number, number, number];
}

/**
 * The Gamma-Gamma log-likelihood of z̄ / s with γ / s (s = e^logScale, the mean z̄), and its
 * gradient, from one pass over the distinct (x, z̄); the full log-likelihood is this minus the
 * Jacobian n·log s. Fitting on this scale keeps the terms O(10) instead of O(log z̄ · px), so
 * the optimiser is not drowned in rounding when amounts are in the billions. Customers must
 * be fittable (x ≥ 1, z̄ > 0).
 *
 * Per row, −px·log(1 + e^d) − q·log(1 + e^−d) = −p·x·L + q·(d − L) with d = log(γ / (x z̄)) and
 * L = log(1 + e^d), whose slope in d is σ(d) = e^d / (1 + e^d): p and q multiply sums that
 * depend on γ alone, and log Γ(px+q) − log Γ(px) − log Γ(q) depends on x alone.
 */
export function makeScaledGammaGammaLikelihood(
  customers: readonly Spend[],
  logScale: number,
): (p: number, q: number, scaledLogGamma: number) => GammaGammaEvaluation {
  const groups = groupIdentical(customers, (c) => [c.x, c.zbar]);
  const xs = [...new Set(groups.map((g) => g.row.x))];
  const xIndex = new Map(xs.map((x, i) => [x, i]));
  const customersPerX = new Float64Array(xs.length);
  let logZbarSum = 0;
  for (const { row, count } of groups) {
    customersPerX[xIndex.get(row.x) ?? 0] += count;
    logZbarSum += count * (Math.log(row.zbar) - logScale);
  }
  const count = Float64Array.from(groups, (g) => g.count);
  const x = Float64Array.from(groups, (g) => g.row.x);
  const logXZbar = Float64Array.from(groups, (g) => Math.log(g.row.x) + Math.log(g.row.zbar) - logScale);

  return (p, q, logGammaParam) => {
    let [xL, dMinusL, xSigma, oneMinusSigma] = [0, 0, 0, 0];
    for (let k = 0; k < count.length; k++) {
      const d = logGammaParam - logXZbar[k];
      // L, σ and 1 − σ from one exponential of −|d|.
      const e = Math.exp(d > 0 ? -d : d);
      const L = (d > 0 ? d : 0) + Math.log1p(e);
      const sigma = d > 0 ? 1 / (1 + e) : e / (1 + e);
      xL += count[k] * x[k] * L;
      dMinusL += count[k] * (d - L);
      xSigma += count[k] * x[k] * sigma;
      oneMinusSigma += count[k] * (1 - sigma);
    }
    let ratios = 0;
    let slopeP = -xL;
    let slopeQ = dMinusL;
    xs.forEach((value, i) => {
      ratios += customersPerX[i] * logGammaRatio(p * value, q);
      slopeP += customersPerX[i] * value * digammaDifference(p * value, q);
      slopeQ += customersPerX[i] * digammaDifference(q, p * value);
    });
    return {
      logLikelihood: -customers.length * logGamma(q) + ratios - logZbarSum - p * xL + q * dMinusL,
      gradient: [p * slopeP, q * slopeQ, -p * xSigma + q * oneMinusSigma],
    };
  };
}
