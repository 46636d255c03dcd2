import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
} from "drizzle-orm/sqlite-core";

import { users } from "./users";

export const campaignStatuses = [
  "draft",
  "pending_approval",
  "approved",
  "live",
  "finished",
] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

export const campaignGoals = [
  "retain",
  "upsell",
  "nurture",
  "win_back",
  "reactivate",
] as const;
export type CampaignGoal = (typeof campaignGoals)[number];

export const campaignChannels = [
  "email",
  "sms",
  "wechat",
  "app_push",
  "paid_social",
  "direct_mail",
  "in_store",
] as const;
export type CampaignChannel = (typeof campaignChannels)[number];

export const targetKinds = ["tier", "stage", "segment"] as const;
export type TargetKind = (typeof targetKinds)[number];

/**
 * One campaign. Money is in minor units of the base currency it was planned
 * in; `startDay` is the send day (store-local day number) from which
 * responses count for `attributionDays` days.
 */
export const campaigns = sqliteTable("campaigns", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  goal: text("goal", { enum: campaignGoals }).notNull(),
  coreMessage: text("core_message").notNull().default(""),
  status: text("status", { enum: campaignStatuses }).notNull().default("draft"),
  startDay: integer("start_day").notNull(),
  endDay: integer("end_day").notNull(),
  attributionDays: integer("attribution_days").notNull(),
  // Share of the eligible audience that receives nothing, in [0, 1).
  holdoutShare: real("holdout_share").notNull(),
  currency: text("currency").notNull(),
  fixedCostMinor: integer("fixed_cost_minor").notNull().default(0),
  costPerContactMinor: integer("cost_per_contact_minor").notNull().default(0),
  budgetMinor: integer("budget_minor").notNull().default(0),
  // Share of attributed revenue kept as margin, for incremental margin and ROI.
  marginRate: real("margin_rate").notNull(),
  // Leave out anyone who bought within this many days before the send; null: nobody.
  excludeBuyersDays: integer("exclude_buyers_days"),
  createdBy: integer("created_by").references(() => users.id),
  approvedBy: integer("approved_by").references(() => users.id),
  reviewNote: text("review_note"),
  // The suppression counts at launch, kept because later imports change them.
  frozenFunnel: text("frozen_funnel", { mode: "json" }),
  launchedAt: text("launched_at"),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/**
 * A tier, lifecycle stage or saved segment the campaign addresses, in
 * priority order: a customer who matches several gets the first one's content.
 */
export const campaignTargets = sqliteTable(
  "campaign_targets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: targetKinds }).notNull(),
    // A tier or stage name, or a segment id written as text.
    key: text("key").notNull(),
    // Incremental response rate the budget assistant assumes; null: measured or default.
    expectedResponse: real("expected_response"),
    // Most customers to contact (the budget split the user applied); null: all.
    contactLimit: integer("contact_limit"),
    // A segment target's name, kept when the segment is deleted after the campaign went out.
    segmentName: text("segment_name"),
  },
  (t) => [index("campaign_targets_campaign").on(t.campaignId, t.position)],
);

/** What one share of a target receives; A/B variants split a target by weight. */
export const campaignVariants = sqliteTable(
  "campaign_variants",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    targetId: integer("target_id")
      .notNull()
      .references(() => campaignTargets.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    channel: text("channel", { enum: campaignChannels }).notNull(),
    message: text("message").notNull().default(""),
    offer: text("offer").notNull().default(""),
    weight: real("weight").notNull().default(1),
  },
  (t) => [index("campaign_variants_target").on(t.targetId)],
);

/**
 * The audience as it was at launch. A holdout member keeps the variant they
 * would have received, so each variant can be held against its own share of
 * the holdout. Profile ids change when identities merge; the anchor
 * identifier does not, so results follow the person.
 */
export const campaignMembers = sqliteTable(
  "campaign_members",
  {
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    profileId: integer("profile_id").notNull(),
    anchorIdentifierId: integer("anchor_identifier_id").notNull(),
    targetId: integer("target_id").notNull(),
    variantId: integer("variant_id").notNull(),
    holdout: integer("holdout", { mode: "boolean" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.profileId] }),
    index("campaign_members_anchor").on(t.anchorIdentifierId),
  ],
);

/** Who moved a campaign from which status to which, and why. */
export const campaignTransitions = sqliteTable(
  "campaign_transitions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    campaignId: integer("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    fromStatus: text("from_status").notNull(),
    toStatus: text("to_status").notNull(),
    byUser: integer("by_user").references(() => users.id),
    note: text("note"),
    at: text("at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [index("campaign_transitions_campaign").on(t.campaignId)],
);

export type Campaign = typeof campaigns.$inferSelect;
export type CampaignTarget = typeof campaignTargets.$inferSelect;
export type CampaignVariant = typeof campaignVariants.$inferSelect;
