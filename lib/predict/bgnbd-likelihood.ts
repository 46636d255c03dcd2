import { groupIdentical } from "./group-identical";
import { logRisingFactorial, logRisingFactorialSlope } from "./special-functions";
import type { BgNbdParams, CustomerInputs } from "./types";

/**
 * BG/NBD log-likelihood and its gradient in (log r, log α, log a, log b), from one pass over
 * the cohort's distinct rows. Per customer
 *   log L = log (r)_x + log (b)_x − log (a+b)_x + log(e^u + e^v),
 *   u = −r·log(1 + T/α) − x·log(α+T),
 *   v = log a − log(b+x−1) − r·log(1 + t_x/α) − x·log(α+t_x)   (x > 0; no v term at x = 0)
 * i.e. Γ(r+x)/Γ(r) and B(a, b+x)/B(a, b) as rising factorials (x is a whole number), and
 * r·log α − (r+x)·log(α+T) regrouped through log1p: both avoid subtracting near-equal large
 * terms when r, α or b are huge, which would leave the optimiser only rounding noise to follow.
 * The gradient weighs ∂u and ∂v by s = e^v / (e^u + e^v), the chance that the customer dropped
 * out after the last purchase; everything else depends on x or on one age only, so it is
 * summed once per distinct x, T or t_x.
 */

type Timing = Pick<CustomerInputs, "x" | "tx" | "T">;

export interface BgNbdEvaluation {
  logLikelihood: number;
  /** ∂ log L / ∂(log r, log α, log a, log b). */
  gradient: [number, number, number, number];
}

export function makeBgNbdLikelihood(customers: readonly Timing[]): (params: BgNbdParams) => BgNbdEvaluation {
  const groups = groupIdentical(customers, (c) => [c.x, c.tx, c.T]);
  const xs = distinctIndex(groups, (row) => row.x);
  const ages = distinctIndex(groups, (row) => row.T);
  const lasts = distinctIndex(groups, (row) => row.tx);
  const customersPerX = new Float64Array(xs.values.length);
  const customersPerAge = new Float64Array(ages.values.length);
  const purchasesPerAge = new Float64Array(ages.values.length);
  const noRepeatsPerAge = new Float64Array(ages.values.length);
  let repeaters = 0;
  groups.forEach(({ row, count }, g) => {
    const t = ages.of[g];
    customersPerX[xs.of[g]] += count;
    customersPerAge[t] += count;
    purchasesPerAge[t] += count * row.x;
    if (row.x === 0) noRepeatsPerAge[t] += count;
    else repeaters += 1;
  });
  // Only repeat buyers have a v term, so only they are visited per row, in typed columns that
  // keep the hot loop monomorphic and cache-friendly.
  const count = new Float64Array(repeaters);
  const xOf = new Float64Array(repeaters);
  const xi = new Int32Array(repeaters);
  const ti = new Int32Array(repeaters);
  const li = new Int32Array(repeaters);
  let k = 0;
  groups.forEach(({ row, count: n }, g) => {
    if (row.x === 0) return;
    count[k] = n;
    xOf[k] = row.x;
    xi[k] = xs.of[g];
    ti[k] = ages.of[g];
    li[k] = lasts.of[g];
    k += 1;
  });
  const dropoutWeightPerX = new Float64Array(xs.values.length);
  const age = timeTerms(ages.values);
  const last = timeTerms(lasts.values);

  return ({ r, alpha, a, b }) => {
    age.update(alpha);
    last.update(alpha);
    let total = 0;
    let slopeR = 0;
    let slopeAlpha = 0;
    for (let t = 0; t < customersPerAge.length; t++) {
      total -= noRepeatsPerAge[t] * r * age.log1p[t];
      slopeR -= customersPerAge[t] * age.log1p[t];
      slopeAlpha += r * customersPerAge[t] * age.ageShare[t] - purchasesPerAge[t] * age.alphaShare[t];
    }
    const dropTerm = Float64Array.from(xs.values, (x) => (x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0));
    dropoutWeightPerX.fill(0);
    // The time columns read into locals once, not through their objects on every row.
    const [ageLog1p, ageLog, ageShare] = [age.log1p, age.log, age.ageShare];
    const [lastLog1p, lastLog, lastShare] = [last.log1p, last.log, last.ageShare];
    for (let k = 0; k < count.length; k++) {
      const x = xOf[k];
      const t = ti[k];
      const l = li[k];
      const u = -r * ageLog1p[t] - x * ageLog[t];
      const v = dropTerm[xi[k]] - r * lastLog1p[l] - x * lastLog[l];
      // log(e^u + e^v) and s = e^v / (e^u + e^v) from one exponential of −|v − u|.
      const d = v - u;
      const e = Math.exp(-Math.abs(d));
      const share = 1 / (1 + e);
      const s = d > 0 ? share : e * share;
      total += count[k] * (Math.max(u, v) + Math.log1p(e));
      const weight = count[k] * s;
      dropoutWeightPerX[xi[k]] += weight;
      slopeR -= weight * (lastLog1p[l] - ageLog1p[t]);
      // α/(α+τ) = 1 − τ/(α+τ), so ∂(v − u)/∂ log α = (r + x)·(t_x/(α+t_x) − T/(α+T)).
      slopeAlpha += weight * (r + x) * (lastShare[l] - ageShare[t]);
    }
    let slopeA = 0;
    let slopeB = 0;
    xs.values.forEach((x, i) => {
      const n = customersPerX[i];
      total += n * (logRisingFactorial(r, x) + logRisingFactorial(b, x) - logRisingFactorial(a + b, x));
      const slopeAB = logRisingFactorialSlope(a + b, x);
      slopeR += n * logRisingFactorialSlope(r, x);
      slopeA += dropoutWeightPerX[i] - n * a * slopeAB;
      slopeB += n * b * (logRisingFactorialSlope(b, x) - slopeAB);
      if (x > 0) slopeB -= (dropoutWeightPerX[i] * b) / (b + x - 1);
    });
    return { logLikelihood: total, gradient: [r * slopeR, slopeAlpha, slopeA, slopeB] };
  };
}

/**
 * Per distinct time τ (T or t_x) at the current α: log(1 + τ/α), log(α + τ) and the shares
 * τ/(α+τ) and α/(α+τ), which are ∂ log(1 + τ/α) / ∂ log α and ∂ log(α + τ) / ∂ log α.
 */
function timeTerms(times: readonly number[]) {
  const n = times.length;
  const terms = {
    log1p: new Float64Array(n),
    log: new Float64Array(n),
    ageShare: new Float64Array(n),
    alphaShare: new Float64Array(n),
    update(alpha: number) {
      for (let i = 0; i < n; i++) {
        const tau = times[i];
        terms.log1p[i] = Math.log1p(tau / alpha);
        terms.log[i] = Math.log(alpha + tau);
        terms.ageShare[i] = tau / (alpha + tau);
        terms.alphaShare[i] = alpha / (alpha + tau);
      }
    },
  };
  return terms;
}

/** The distinct values of one column of the groups, and each group's index among them. */
function distinctIndex(
  groups: readonly { row: Timing }[],
  column: (row: Timing) => number,
): { values: number[]; of: Int32Array } {
  const values: number[] = [];
  const index = new Map<number, number>();
  const of = Int32Array.from(groups, ({ row }) => {
    const value = column(row);
    let i = index.get(value);
    if (i === undefined) index.set(value, (i = values.push(value) - 1));
    return i;
  });
  return { values, of };
}
