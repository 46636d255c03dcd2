import type { StoredRun } from "./read-predictions";

// Warnings that say the parameters themselves are doubtful, not a note about the data used.
const doubtful = new Set(
  ["bounded_fit", "not_converged", "no_repeat_purchases", "not_enough_data"],
);

/**
 * Whether a fit's predictions deserve a caution wherever they are shown: a
 * bounded or unconverged fit still scores every customer.
 */
export function isRoughFit(run: Pick<StoredRun, "bgnbd" | "gammaGamma">): boolean {
  return [...run.bgnbd.warnings, ...run.gammaGamma.warnings].some((code) => doubtful.has(code));
}
