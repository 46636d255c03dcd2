import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const snapshotDimensions = ["tier", "stage", "segment"] as const;
export type SnapshotDimension = (typeof snapshotDimensions)[number];

/**
 * The periods of the back-filled history (months by default), oldest first.
 * `position` is the 1-based character each period takes in the history
 * strings of customer_snapshots; `endDay` is the day its snapshot was taken
 * (the period's last day, or the as-of date for the running period).
 */
export const snapshotPeriods = sqliteTable("snapshot_periods", {
  position: integer("position").primaryKey(),
  key: text("key").notNull().unique(),
  startDay: integer("start_day").notNull(),
  endDay: integer("end_day").notNull(),
});

/**
 * Every customer's tier, stage and RFM segment at the end of every period,
 * one character per period (see lib/metrics/snapshots/codes.ts; "-" before
 * the first order). One row per profile instead of one per profile and
 * period keeps a million customers × 24 months at a million rows; a
 * migration count is a GROUP BY over two substr() calls.
 */
export const customerSnapshots = sqliteTable("customer_snapshots", {
  profileId: integer("profile_id").primaryKey(),
  tiers: text("tiers").notNull(),
  stages: text("stages").notNull(),
  segments: text("segments").notNull(),
});

/**
 * Per period and tier (stage, segment): customers at the period's end, the
 * value they were ranked by, and what they spent inside the period.
 */
export const snapshotTotals = sqliteTable(
  "snapshot_totals",
  {
    position: integer("position").notNull(),
    dimension: text("dimension", { enum: snapshotDimensions }).notNull(),
    key: text("key").notNull(),
    customers: integer("customers").notNull(),
    valueMinor: integer("value_minor").notNull(),
    revenueMinor: integer("revenue_minor").notNull(),
  },
  (t) => [primaryKey({ columns: [t.position, t.dimension, t.key] })],
);

/**
 * Cohort retention: customers whose first order fell in period `cohort`
 * (a snapshot position) who ordered again `age` periods later, and what they
 * spent then. Age 0 holds the cohort's size.
 */
export const cohortCells = sqliteTable(
  "cohort_cells",
  {
    cohort: integer("cohort").notNull(),
    age: integer("age").notNull(),
    customers: integer("customers").notNull(),
    revenueMinor: integer("revenue_minor").notNull(),
  },
  (t) => [primaryKey({ columns: [t.cohort, t.age] })],
);
