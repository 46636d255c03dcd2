import { isSupportedCountry } from "libphonenumber-js";
import { z } from "zod";

import { isCurrencyCode } from "@/lib/ingest/normalise/money";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD");

/** Where the business is: how files without a zone or country are read. */
export const generalSettings = z.object({
  timeZone: z.string().default("UTC"),
  // A region the phone library knows: an unknown one would fail every national number.
  phoneRegion: z.string()
    .refine((code: string): boolean => isSupportedCountry(code),
      "a phone region such as US, FR or CN")
    .default("US"),
  // Reports convert to this currency; null means "the most common in the data".
  baseCurrency: z.string().length(3).nullable().default(null),
  // Units of base currency per unit of the keyed currency.
  rates: z.record(z.string().length(3), z.number().positive()).default({}),
  // Profit share of revenue: CLV and campaign ROI are in margin, not revenue.
  margin: z.number().min(0).max(1).default(0.3),
});

/**
 * The rules a value can break, as the command line says them; the settings page says each in the
 * reader's language by its key (settingsReasons).
 */
export const settingsRules = {
  currencyCode: "a currency code in use (ISO 4217), such as USD",
  edgesRise: "edges must rise strictly",
  sharesOver: "tier shares add up to more than 100 %",
  fourNumbers: "four numbers",
  notANumber: "not a number",
} as const;
const notInUse = settingsRules.currencyCode;

/**
 * The general settings as they may be saved: currencies in use. A typo such as "XYZ" would leave
 * every amount without a rate. Reading stays lenient, so a value saved before this rule still
 * opens, to be corrected.
 */
export const generalSettingsToSave = generalSettings.superRefine((settings, context) => {
  if (settings.baseCurrency !== null && !isCurrencyCode(settings.baseCurrency)) {
    context.addIssue({ code: "custom", path: ["baseCurrency"], message: notInUse });
  }
  for (const code of Object.keys(settings.rates).filter((code) => !isCurrencyCode(code))) {
    context.addIssue({ code: "custom", path: ["rates", code], message: notInUse });
  }
});

/** Four ascending edges that cut a measure into scores 1–5. */
const scoreEdges = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine((e) => e[0] < e[1] && e[1] < e[2] && e[2] < e[3], settingsRules.edgesRise);

/**
 * Fixed RFM edges. Recency in days: R 5 up to the first edge, R 1 past the
 * last. Frequency in orders and monetary in base currency: F/M 2 from the
 * first edge up, 5 from the last.
 */
const rfmEdges = z.object({
  recency: scoreEdges.default([30, 90, 180, 365]),
  frequency: scoreEdges.default([2, 3, 5, 10]),
  monetary: scoreEdges.default([50, 100, 250, 1000]),
});

const tierShares = z
  .object({
    vip: z.number().min(0).max(1).default(0.01),
    gold: z.number().min(0).max(1).default(0.04),
    silver: z.number().min(0).max(1).default(0.15),
    bronze: z.number().min(0).max(1).default(0.3),
  })
  .refine((s) => s.vip + s.gold + s.silver + s.bronze <= 1 + 1e-9, settingsRules.sharesOver);

const lifecycle = z.object({
  engagedDays: z.number().int().positive().default(90),
  newDays: z.number().int().positive().default(90),
  atRiskDays: z.number().int().positive().default(180),
  lapsedDays: z.number().int().positive().default(365),
  gapMultiple: z.number().positive().default(2),
  loyalOrders: z.number().int().min(2).default(4),
});

/**
 * The BG/NBD + Gamma-Gamma fit: calibration window (null ends are the first
 * order and the as-of date; a window ending before the as-of date leaves the
 * rest as a holdout to check against), time unit, and the CLV horizon.
 */
const prediction = z
  .object({
    calibrationFrom: isoDay.nullable().default(null),
    calibrationTo: isoDay.nullable().default(null),
    unit: z.enum(["day", "week"]).default("week"),
    horizonMonths: z.number().int().min(1).max(120).default(12),
    monthlyDiscountRate: z.number().min(0).max(1).default(0.01),
  })
  .refine(
    (p) => !p.calibrationFrom || !p.calibrationTo || p.calibrationFrom <= p.calibrationTo,
    "the calibration window starts after it ends",
  );

export const tierValues = ["trailing12m", "allTime", "clv"] as const;
export const rfmMethods = ["quintiles", "fixed"] as const;
export const snapshotPeriods = ["month", "quarter", "week"] as const;

/** The value-structure models of DESIGN.md; every threshold is a setting. */
export const modelSettings = z.object({
  asOf: isoDay.nullable().default(null),
  rfm: z
    .object({ method: z.enum(rfmMethods).default("quintiles"), edges: rfmEdges.prefault({}) })
    .prefault({}),
  tierShares: tierShares.prefault({}),
  tierValue: z.enum(tierValues).default("trailing12m"),
  lifecycle: lifecycle.prefault({}),
  snapshotPeriod: z.enum(snapshotPeriods).default("month"),
  prediction: prediction.prefault({}),
});

export type GeneralSettings = z.infer<typeof generalSettings>;
export type ModelSettings = z.infer<typeof modelSettings>;
export type LifecycleSettings = ModelSettings["lifecycle"];
export type TierShares = ModelSettings["tierShares"];
export type RfmSettings = ModelSettings["rfm"];
export type PredictionSettings = ModelSettings["prediction"];
export type TierValue = (typeof tierValues)[number];
export type SnapshotPeriod = (typeof snapshotPeriods)[number];
