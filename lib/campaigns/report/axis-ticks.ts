import type { TreatmentHoldoutRow } from "./chart-rows";
import { niceTicks } from "./nice-ticks";

/**
 * The smallest top an axis gets, so that all-zero results draw a short,
 * honest axis (0–6 %, 0–1 currency unit) rather than the chart library's
 * default of 0 to 4, which on a rate axis read as 0–400 %.
 */
const FLOOR = { percent: 0.05, money: 1 } as const;

/** Ticks from 0 to just above the highest bar or error bar of the treatment-versus-holdout charts. */
export function treatmentHoldoutTicks(rows: TreatmentHoldoutRow[], format: "percent" | "money"): number[] {
  const tops = rows.flatMap((row) => [
    (row.treatment ?? 0) + (row.treatmentError?.[1] ?? 0),
    (row.holdout ?? 0) + (row.holdoutError?.[1] ?? 0),
  ]);
  return niceTicks(0, Math.max(FLOOR[format], ...tops));
}
