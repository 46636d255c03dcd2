/**
 * Pooled two-proportion z-test of treatment against holdout (control), with the
 * uplift in response rate and its Wald confidence interval.
 *
 * The test pools the rates (the null hypothesis says they are equal); the
 * interval does not (it describes the difference actually observed).
 */
import { assertValidCounts, type GroupCounts } from "./counts";
import { normalCdf, normalQuantile } from "./normal";

/**
 * Why some fields are null:
 * - "ok": every field is filled, except relativeUplift when the control rate is 0.
 * - "empty_group": a group has no audience, so no rate exists; all but the other group's rate are null.
 * - "no_variation": nobody or everybody responded in both groups; the test is undefined
 *   (z, pValue, upliftCi null) though the uplift itself is 0.
 * - "rates_at_bounds": each group is at 0 % or 100 % but they differ; the test runs, but the
 *   Wald interval has zero width and is not reported.
 */
export type TwoProportionReason = "ok" | "empty_group" | "no_variation" | "rates_at_bounds";

export interface ConfidenceInterval {
  lower: number;
  upper: number;
  /** e.g. 0.95 */
  confidence: number;
}

export interface TwoProportionTestResult {
  controlRate: number | null;
  treatmentRate: number | null;
  pooledRate: number | null;
  /** (treatmentRate − controlRate) / pooled standard error; positive when treatment does better. */
  z: number | null;
  /** Two-sided. */
  pValue: number | null;
  /** treatmentRate − controlRate, in rate units (0.02 = two percentage points). */
  uplift: number | null;
  upliftCi: ConfidenceInterval | null;
  /** uplift / controlRate; null when the control rate is 0. */
  relativeUplift: number | null;
  reason: TwoProportionReason;
}

export interface TwoProportionOptions {
  /** Confidence level of upliftCi, in (0, 1). Default 0.95. */
  confidence?: number;
}

export function twoProportionTest(
  control: GroupCounts,
  treatment: GroupCounts,
  { confidence = 0.95 }: TwoProportionOptions = {},
): TwoProportionTestResult {
  assertValidCounts(control, "control");
  assertValidCounts(treatment, "treatment");
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);

  const rate = (g: GroupCounts) => (g.audience === 0 ? null : g.responders / g.audience);
  const controlRate = rate(control);
  const treatmentRate = rate(treatment);
  const empty = {
    controlRate,
    treatmentRate,
    pooledRate: null,
    z: null,
    pValue: null,
    uplift: null,
    upliftCi: null,
    relativeUplift: null,
  };
  if (controlRate === null || treatmentRate === null) return { ...empty, reason: "empty_group" };

  const uplift = treatmentRate - controlRate;
  const relativeUplift = controlRate === 0 ? null : uplift / controlRate;
  const pooledRate = (control.responders + treatment.responders) / (control.audience + treatment.audience);
  const pooledVariance = pooledRate * (1 - pooledRate) * (1 / control.audience + 1 / treatment.audience);
  if (pooledVariance === 0) {
    return { ...empty, pooledRate, uplift, relativeUplift, reason: "no_variation" };
  }

  const z = uplift / Math.sqrt(pooledVariance);
  // 2·Φ(−|z|) rather than 2·(1 − Φ(|z|)), which would round small p-values to 0.
  const pValue = 2 * normalCdf(-Math.abs(z));
  const waldSe = Math.sqrt(
    (controlRate * (1 - controlRate)) / control.audience + (treatmentRate * (1 - treatmentRate)) / treatment.audience,
  );
  if (waldSe === 0) {
    return { ...empty, pooledRate, z, pValue, uplift, relativeUplift, reason: "rates_at_bounds" };
  }
  const margin = normalQuantile(1 - (1 - confidence) / 2) * waldSe;
  return {
    controlRate,
    treatmentRate,
    pooledRate,
    z,
    pValue,
    uplift,
    upliftCi: { lower: uplift - margin, upper: uplift + margin, confidence },
    relativeUplift,
    reason: "ok",
  };
}
