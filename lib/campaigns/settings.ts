import { z } from "zod";

/**
 * Admin-set rules every campaign follows, kept under the "campaigns"
 * settings key. Money is in minor units of the base currency.
 */
export const campaignSettings = z.object({
  // Touches per customer across all campaigns and channels in any window.
  frequencyCap: z
    .object({
      touches: z.number().int().min(1).max(50).default(2),
      days: z.number().int().min(1).max(90).default(7),
    })
    .default({ touches: 2, days: 7 }),
  // Budgets above this need a manager's approval before launch.
  approvalThresholdMinor: z.number().int().min(0).default(500_000),
  // What a new campaign starts with; each campaign can change them.
  defaultHoldoutShare: z.number().min(0).max(0.9).default(0.1),
  defaultAttributionDays: z.number().int().min(1).max(365).default(30),
  defaultMarginRate: z.number().min(0).max(1).default(0.3),
  defaultExcludeBuyersDays: z.number().int().min(0).max(365).nullable().default(7),
  // Incremental response the budget assistant assumes when no earlier campaign measured one.
  defaultExpectedResponse: z.number().min(0).max(1).default(0.02),
});

export type CampaignSettings = z.infer<typeof campaignSettings>;
