import { fitBgNbd, type BgNbdFit } from "./bgnbd";
import { fitGammaGamma, type GammaGammaFit } from "./gamma-gamma";
import type { CustomerInputs, TimeUnit } from "./types";

/** One call that fits both models on a cohort summary (see summarise.ts). */

export interface FitOptions {
  /** Unit of the inputs' t_x and T; recorded so predictions convert horizons correctly. */
  unit: TimeUnit;
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
    bgnbd: fitBgNbd(inputs),
    gammaGamma: fitGammaGamma(inputs),
  };
}
