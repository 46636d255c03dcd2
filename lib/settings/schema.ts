import { z } from "zod";

/** Where the business is: how files without a zone or country are read. */
export const generalSettings = z.object({
  timeZone: z.string().default("UTC"),
  phoneRegion: z.string().length(2).default("US"),
  // Reports convert to this currency; null means "the most common in the data".
  baseCurrency: z.string().length(3).nullable().default(null),
  // Units of base currency per unit of the keyed currency.
  rates: z.record(z.string().length(3), z.number().positive()).default({}),
});

/** The value-structure models of DESIGN.md; every threshold is a setting. */
export const modelSettings = z.object({
  asOf: z.string().nullable().default(null),
  tierShares: z
    .object({
      vip: z.number().min(0).max(1).default(0.01),
      gold: z.number().min(0).max(1).default(0.04),
      silver: z.number().min(0).max(1).default(0.15),
      bronze: z.number().min(0).max(1).default(0.3),
    })
    .default({ vip: 0.01, gold: 0.04, silver: 0.15, bronze: 0.3 }),
  tierValue: z.enum(["trailing12m", "allTime"]).default("trailing12m"),
  lifecycle: z
    .object({
      engagedDays: z.number().int().positive().default(90),
      newDays: z.number().int().positive().default(90),
      atRiskDays: z.number().int().positive().default(180),
      lapsedDays: z.number().int().positive().default(365),
      gapMultiple: z.number().positive().default(2),
      loyalOrders: z.number().int().min(2).default(4),
    })
    .default({
      engagedDays: 90,
      newDays: 90,
      atRiskDays: 180,
      lapsedDays: 365,
      gapMultiple: 2,
      loyalOrders: 4,
    }),
});

export type GeneralSettings = z.infer<typeof generalSettings>;
export type ModelSettings = z.infer<typeof modelSettings>;
export type LifecycleSettings = ModelSettings["lifecycle"];
export type TierShares = ModelSettings["tierShares"];
