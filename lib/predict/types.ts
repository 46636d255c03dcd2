/** Shared shapes of the CLV models. Everything is plain JSON (no classes, no Infinity/NaN). */

/** Time unit of x's timing, t_x, T and of every fitted time-scale parameter (α). */
export type TimeUnit = "day" | "week";

export const DAYS_PER_UNIT: Record<TimeUnit, number> = { day: 1, week: 7 };

/** One customer's model inputs, in the unit of the summary they came from. */
export interface CustomerInputs {
  /** Repeat purchases in the calibration window (purchases after the first). */
  x: number;
  /** Time from first purchase to last repeat purchase (0 when x = 0). */
  tx: number;
  /** Time from first purchase to the end of the calibration window. */
  T: number;
  /** Mean value of the repeat purchases (0 when x = 0). */
  zbar: number;
}

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/**
 * Machine-readable warnings; the UI translates them.
 * - not_enough_data: nothing (usable) to fit; no parameters are returned.
 * - bounded_fit: the likelihood has no finite optimum inside the plausible range (parameters
 *   ran off, e.g. nobody or everybody repeats identically); the fit was redone inside the
 *   documented box and `boundedParameters` names the ones resting on its edge.
 * - not_converged: the optimiser stopped on its iteration limit.
 * - no_repeat_purchases: no customer repeated in the window; predictions are ~0.
 * - zero_spend_excluded: repeat buyers with zero mean spend were left out of the spend fit.
 * - invalid_amounts_zeroed: negative or non-finite order amounts were counted as 0.
 */
export type WarningCode =
  | "not_enough_data"
  | "bounded_fit"
  | "not_converged"
  | "no_repeat_purchases"
  | "zero_spend_excluded"
  | "invalid_amounts_zeroed";
