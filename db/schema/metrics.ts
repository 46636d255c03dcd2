import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const tiers = ["vip", "gold", "silver", "bronze", "base", "prospect"] as const;
export type Tier = (typeof tiers)[number];

export const stages = [
  "prospect",
  "engaged",
  "new",
  "active",
  "loyal",
  "at_risk",
  "lapsed",
  "reactivated",
] as const;
export type Stage = (typeof stages)[number];

/** Everything the last recompute said about one profile, as of one date. */
export const customerMetrics = sqliteTable("customer_metrics", {
  profileId: integer("profile_id").primaryKey(),
  orders: integer("orders").notNull(),
  revenueMinor: integer("revenue_minor").notNull(),
  valueMinor: integer("value_minor").notNull(),
  firstDay: integer("first_day"),
  lastDay: integer("last_day"),
  recencyDays: integer("recency_days"),
  r: integer("r"),
  f: integer("f"),
  m: integer("m"),
  segment: text("segment"),
  tier: text("tier", { enum: tiers }).notNull(),
  stage: text("stage", { enum: stages }).notNull(),
}, (t) => [
  // Each index covers a dashboard tile's GROUP BY (the tile reads only the
  // index) and serves segment filters on its first column. An index that
  // does not cover its tile makes SQLite look up every row: 3–4× slower
  // than a plain scan. lib/segments/__tests__/query-plans.test.ts checks.
  index("customer_metrics_tier").on(t.tier, t.revenueMinor, t.valueMinor),
  index("customer_metrics_stage").on(t.stage),
  index("customer_metrics_segment").on(t.segment, t.revenueMinor),
  // The RFM grid groups by R and FM = (F + M + 1) / 2: indexing the expression
  // hands the rows over already grouped instead of sorting 1 M of them.
  index("customer_metrics_rfm").on(t.r, sql`(${t.f} + ${t.m} + 1) / 2`, t.f, t.m),
]);

/** One recompute: when, for which as-of date, with which settings. */
export const metricRuns = sqliteTable("metric_runs", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  asOfDay: integer("as_of_day").notNull(),
  currency: text("currency").notNull(),
  settings: text("settings", { mode: "json" }).notNull(),
  durationMs: real("duration_ms").notNull(),
  computedAt: text("computed_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  // What the run found beside the per-customer rows: the Pareto curve, warnings, step timings.
  details: text("details", { mode: "json" }),
});

/**
 * Derived state kept between recomputes, rebuilt from the facts whenever it
 * is missing: the columnar order-history cache, split into parts because
 * SQLite caps one value at 1 GB.
 */
export const metricCache = sqliteTable(
  "metric_cache",
  {
    key: text("key").notNull(),
    part: integer("part").notNull(),
    data: blob("data", { mode: "buffer" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.part] })],
);

/** Small JSON facts about that state: the cache's watermark, what the last back-fill and fit saw. */
export const metricState = sqliteTable("metric_state", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
});

/**
 * Profiles whose stored orders changed after the cache read them (a rollback
 * deleted some, a merge moved some). Triggers on `orders` fill it; the next
 * recompute rereads those profiles and empties it.
 */
export const metricDirtyProfiles = sqliteTable("metric_dirty_profiles", {
  profileId: integer("profile_id").primaryKey(),
});

export type CustomerMetrics = typeof customerMetrics.$inferSelect;
