import type { CampaignResult } from "../campaign-result";
import { normalQuantile } from "../normal";

/** One bar group of the treatment-versus-holdout charts; errors are [below, above] distances. */
export interface TreatmentHoldoutRow {
  label: string;
  treatment: number | null;
  holdout: number | null;
  treatmentError?: [number, number];
  holdoutError?: [number, number];
}

/**
 * Wald interval of one group's response rate, clipped to [0, 1], as the
 * distances below and above the rate that an error bar draws.
 */
export function rateError(rate: number | null, n: number, confidence = 0.95): [number, number] | undefined {
  if (rate === null || n === 0) return undefined;
  const half = normalQuantile(1 - (1 - confidence) / 2) * Math.sqrt((rate * (1 - rate)) / n);
  return [rate - Math.max(0, rate - half), Math.min(1, rate + half) - rate];
}

export function responseRows(groups: { label: string; result: CampaignResult }[]): TreatmentHoldoutRow[] {
  return groups.map(({ label, result }) => ({
    label,
    treatment: result.treatment.responseRate,
    holdout: result.holdout.responseRate,
    treatmentError: rateError(result.treatment.responseRate, result.treatment.audience),
    holdoutError: rateError(result.holdout.responseRate, result.holdout.audience),
  }));
}

/** Revenue per customer in major units. */
export function revenueRows(groups: { label: string; result: CampaignResult }[]): TreatmentHoldoutRow[] {
  const major = (minor: number | null) => (minor === null ? null : minor / 100);
  return groups.map(({ label, result }) => ({
    label,
    treatment: major(result.treatment.revenuePerCustomer),
    holdout: major(result.holdout.revenuePerCustomer),
  }));
}

export function roiRows(groups: { label: string; result: CampaignResult }[]): { label: string; roi: number }[] {
  return groups.flatMap(({ label, result }) => (result.roi === null ? [] : [{ label, roi: result.roi }]));
}

const P_FLOOR = 0.0001;

/** p-values read as "< 0.0001" below that, else to two significant digits in the locale's digits. */
export function formatPValue(p: number | null, locale: string): string {
  if (p === null) return "—";
  const format = new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 });
  return p < P_FLOOR ? `< ${format.format(P_FLOOR)}` : format.format(p);
}

/** The same as a clause for a sentence: "= 0.028" or "< 0.0001". */
export function pValueClause(p: number | null, locale: string): string {
  const text = formatPValue(p, locale);
  return p !== null && p >= P_FLOOR ? `= ${text}` : text;
}
