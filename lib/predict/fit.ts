import { fitBgNbd, type BgNbdFit } from "./bgnbd";
import { fitGammaGamma, type GammaGammaFit } from "./gamma-gamma";
import type { BgNbdParams, CustomerInputs, GammaGammaParams, TimeUnit } from "./types";

/** One call that fits both models on a cohort summary (see summarise.ts). */

export interface FitOptions {
  /** Unit of the inputs' t_x and T; recorded so predictions convert horizons correctly. */
  unit: TimeUnit;
  /** Parameters to start from, in the same unit: a previous fit on similar data. */
  start?: { bgnbd?: BgNbdParams; gammaGamma?: GammaGammaParams };
}

export interface FittedModels {
  unit: TimeUnit;
  /** Customers given to the BG/NBD (the Gamma-Gamma reports its own repeat-buyer count). */
  customers: number;
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
}

export function fitModels(inputs: readonly CustomerInputs[], options: FitOptions): FittedModels {
  return {
    unit: options.unit,
    customers: inputs.length,
    bgnbd: fitBgNbd(inputs, options.start?.bgnbd),
    gammaGamma: fitGammaGamma(inputs, options.start?.gammaGamma),
  };
}
