/** Customer-lifetime-value models (BG/NBD + Gamma-Gamma): pure functions, no I/O. */
export {
  summarise,
  type CustomerOrders,
  type CustomerSummary,
  type DayOrder,
  type Summary,
  type SummaryWindow,
} from "./summarise";
export { fitModels, type FitOptions, type FittedModels } from "./fit";
export { fitBgNbd, bgnbdLogLikelihood, type BgNbdFit } from "./bgnbd";
export {
  expectedPurchases,
  expectedPurchasesIfAlive,
  expectedRepeatPurchases,
  probabilityAlive,
} from "./bgnbd-predict";
export { fitGammaGamma, gammaGammaLogLikelihood, expectedOrderValue, type GammaGammaFit } from "./gamma-gamma";
export {
  customerLifetimeValue,
  discountedPurchasesIfAlive,
  purchaseOutlook,
  type ClvOptions,
  type PurchaseOutlook,
} from "./clv";
export { customerScorer, scoreCustomers, type CustomerScore } from "./score";
export type { BgNbdParams, CustomerInputs, GammaGammaParams, TimeUnit, WarningCode } from "./types";
export { holdoutCheck, type FrequencyCheck, type HoldoutCheck, type TrackingPoint } from "./check";
