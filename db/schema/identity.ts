import { sql } from "drizzle-orm";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

import { imports } from "./imports";

export const identifierKinds = ["email", "phone", "ext"] as const;

/** Why an identifier sits where it does: joined normally, blocked, or held apart by a guard. */
export const identifierStatuses = ["blocked", "held"] as const;
export type IdentifierStatus = (typeof identifierStatuses)[number];

/** The evidence that attached an identifier to its profile. */
export const joinRules = ["record", "manual", "email_rewrite"] as const;
export type JoinRule = (typeof joinRules)[number];

/**
 * A normalised key that names a person: an email, an E.164 phone, or a
 * scoped id written "scope:id" (a source key, or a shared namespace such as
 * wechat_openid). Profiles are the groups of identifiers that resolve
 * together; profile_id and the via_* explanation are rewritten by every
 * resolution run.
 */
export const identifiers = sqliteTable(
  "identifiers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
    profileId: integer("profile_id"),
    // null: joined normally (or alone); otherwise why it joins nothing.
    status: text("status", { enum: identifierStatuses }),
    // The identifier it was joined through, by which rule, with the import
    // (rule "record") or manual merge (rule "manual") that gave the evidence.
    viaId: integer("via_id"),
    viaRule: text("via_rule", { enum: joinRules }),
    viaRef: integer("via_ref"),
  },
  (t) => [
    uniqueIndex("identifiers_kind_value").on(t.kind, t.value),
    index("identifiers_profile").on(t.profileId),
  ],
);

/** Two identifiers seen on one record: the evidence that joins them. */
export const identityLinks = sqliteTable(
  "identity_links",
  {
    fromId: integer("from_id").notNull(),
    toId: integer("to_id").notNull(),
    importId: integer("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.fromId, t.toId, t.importId] }),
    index("identity_links_to").on(t.toId),
  ],
);

/**
 * A person joined two profiles by hand. The profiles are remembered by one
 * identifier of each (their canonical ones at the time), so the merge holds
 * whatever later imports do to the profile ids.
 */
export const identityMerges = sqliteTable(
  "identity_merges",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromId: integer("from_id")
      .notNull()
      .references(() => identifiers.id, { onDelete: "cascade" }),
    toId: integer("to_id")
      .notNull()
      .references(() => identifiers.id, { onDelete: "cascade" }),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [
    index("identity_merges_from").on(t.fromId),
    index("identity_merges_to").on(t.toId),
  ],
);

/** A person split a profile in two: its identifiers were put on side 0 or 1. */
export const identitySplits = sqliteTable("identity_splits", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // The profile as it was when split (ids change; kept for the record only).
  profileId: integer("profile_id").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/** The sides of a split: identifiers on different sides never share a profile. */
export const identitySplitMembers = sqliteTable(
  "identity_split_members",
  {
    splitId: integer("split_id")
      .notNull()
      .references(() => identitySplits.id, { onDelete: "cascade" }),
    identifierId: integer("identifier_id")
      .notNull()
      .references(() => identifiers.id, { onDelete: "cascade" }),
    side: integer("side").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.splitId, t.identifierId] }),
    index("identity_split_members_identifier").on(t.identifierId),
  ],
);

export const reviewRules = ["shared", "limit", "split"] as const;
export type ReviewRule = (typeof reviewRules)[number];
export const reviewStatuses = ["open", "kept_apart"] as const;

/**
 * A join a guard stopped, listed for a person to look at: an identifier held
 * apart (rules "shared", "limit"; other_id null), or a link between two
 * identifiers that was refused ("limit", "split"). Rewritten with each
 * resolution of the identifiers involved; the status a person chose stays.
 */
export const identityReviews = sqliteTable(
  "identity_reviews",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    rule: text("rule", { enum: reviewRules }).notNull(),
    identifierId: integer("identifier_id").notNull(),
    // 0 when the case is about one identifier (a unique index needs no nulls).
    otherId: integer("other_id").notNull().default(0),
    // The profiles kept apart, as they are after the run that listed the case.
    profileIds: text("profile_ids", { mode: "json" }).$type<number[]>().notNull(),
    // Numbers the sentence quotes: { groups, limit } or { scope, count, limit } or { split }.
    detail: text("detail", { mode: "json" }).$type<Record<string, string | number>>().notNull(),
    status: text("status", { enum: reviewStatuses }).notNull().default("open"),
    decidedBy: text("decided_by"),
    createdAt: text("created_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  },
  (t) => [
    uniqueIndex("identity_reviews_case").on(t.rule, t.identifierId, t.otherId),
    index("identity_reviews_other").on(t.otherId),
    index("identity_reviews_status").on(t.status),
  ],
);

/**
 * One resolution run. The latest row is also the watermark the next
 * incremental run starts from: links and imports after it are new.
 */
export const resolutionRuns = sqliteTable("resolution_runs", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  mode: text("mode", { enum: ["full", "incremental"] }).notNull(),
  identifiers: integer("identifiers").notNull(),
  links: integer("links").notNull(),
  lastLinkRowid: integer("last_link_rowid").notNull(),
  lastImportId: integer("last_import_id").notNull(),
  rolledBack: integer("rolled_back").notNull(),
  settingsHash: text("settings_hash").notNull(),
  scope: integer("scope").notNull(),
  profiles: integer("profiles").notNull(),
  profilesChanged: integer("profiles_changed").notNull(),
  durationMs: real("duration_ms").notNull(),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/**
 * Where a customer is best reached and where they buy, from their
 * interactions, tickets, orders and consent. Rewritten for every profile a
 * resolution touches; segments and dashboards read it.
 */
export const profileChannels = sqliteTable(
  "profile_channels",
  {
    profileId: integer("profile_id").primaryKey(),
    reachChannel: text("reach_channel"),
    buyChannel: text("buy_channel"),
    interactions: integer("interactions").notNull(),
    orders: integer("orders").notNull(),
    // { orders: { web: 3, pos: 1 }, interactions: { email: 5 } }
    counts: text("counts", { mode: "json" })
      .$type<{ orders: Record<string, number>; interactions: Record<string, number> }>()
      .notNull(),
  },
  (t) => [
    index("profile_channels_reach").on(t.reachChannel),
    index("profile_channels_buy").on(t.buyChannel),
  ],
);

export type IdentityReview = typeof identityReviews.$inferSelect;
export type ProfileChannels = typeof profileChannels.$inferSelect;
