import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { metricRuns } from "./metrics";
import { users } from "./users";

/**
 * A saved rule over profiles, metrics and facts. The rule is stored as the
 * JSON the builder produced and is validated again whenever it is read, so a
 * rule written by an older version fails with a message instead of running.
 * Starter segments carry a `starterKey` and no owner: only a manager (or an
 * admin) may change them.
 */
export const segments = sqliteTable("segments", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
  rule: text("rule", { mode: "json" }).notNull(),
  ownerId: integer("owner_id").references(() => users.id, {
    onDelete: "set null",
  }),
  starterKey: text("starter_key").unique(),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  updatedAt: text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/** A segment's size after one metric recompute: the points of its trend line. */
export const segmentSizes = sqliteTable(
  "segment_sizes",
  {
    segmentId: integer("segment_id")
      .notNull()
      .references(() => segments.id, { onDelete: "cascade" }),
    runId: integer("run_id")
      .notNull()
      .references(() => metricRuns.id, { onDelete: "cascade" }),
    asOfDay: integer("as_of_day").notNull(),
    customers: integer("customers").notNull(),
  },
  (t) => [primaryKey({ columns: [t.segmentId, t.runId] }), index("segment_sizes_run").on(t.runId)],
);

export type Segment = typeof segments.$inferSelect;
export type SegmentSize = typeof segmentSizes.$inferSelect;
