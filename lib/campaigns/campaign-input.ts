import { z } from "zod";

import { campaignChannels, campaignGoals, targetKinds } from "@/db/schema/campaigns";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const money = z.number().min(0).max(1e12);

export const variantInput = z.object({
  label: z.string().trim().min(1).max(20),
  channel: z.enum(campaignChannels),
  message: z.string().trim().max(2000).default(""),
  offer: z.string().trim().max(500).default(""),
  weight: z.number().positive().max(1000),
});

export const targetInput = z.object({
  kind: z.enum(targetKinds),
  key: z.string().trim().min(1).max(100),
  variants: z
    .array(variantInput)
    .min(1)
    .max(6)
    .refine((vs) => new Set(vs.map((v) => v.label)).size === vs.length, "variant labels must differ"),
});

/**
 * What the campaign editor sends. Money in major units of the base
 * currency and shares in percent, as the user typed them.
 */
export const campaignInput = z
  .object({
    name: z.string().trim().min(1).max(120),
    goal: z.enum(campaignGoals),
    coreMessage: z.string().trim().max(2000).default(""),
    startDate: isoDate,
    endDate: isoDate,
    attributionDays: z.number().int().min(1).max(365),
    holdoutPercent: z.number().min(0).max(90),
    marginPercent: z.number().min(0).max(100),
    fixedCost: money,
    costPerContact: money,
    budget: money,
    excludeBuyersDays: z.number().int().min(0).max(365).nullable(),
    targets: z
      .array(targetInput)
      .min(1)
      .max(20)
      .refine((ts) => new Set(ts.map((t) => `${t.kind}:${t.key}`)).size === ts.length, "each target once"),
  })
  .refine((c) => c.endDate >= c.startDate, { message: "the end is before the start", path: ["endDate"] });

export type CampaignInput = z.infer<typeof campaignInput>;
export type TargetInput = z.infer<typeof targetInput>;
export type VariantInput = z.infer<typeof variantInput>;
