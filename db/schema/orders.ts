import {
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

import { imports } from "./imports";
import { sources } from "./sources";

/**
 * A purchase, net of refunds. Money is in minor units (cents, fen) so sums are
 * exact; `day` is the store-local calendar day as days since 1970-01-01, so a
 * date never shifts with the server's time zone.
 */
export const orders = sqliteTable(
  "orders",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    // The source's order id, or a key derived from the row when it has none.
    orderKey: text("order_key").notNull(),
    identifierId: integer("identifier_id").notNull(),
    profileId: integer("profile_id"),
    orderedAt: text("ordered_at").notNull(),
    day: integer("day").notNull(),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    channel: text("channel"),
    status: text("status"),
    // 0 for cancelled, unpaid or failed orders: kept for the record, never counted.
    counts: integer("counts").notNull().default(1),
    importId: integer("import_id")
      .notNull()
      .references(() => imports.id),
  },
  (t) => [
    uniqueIndex("orders_source_key").on(t.sourceId, t.orderKey),
    index("orders_profile_day").on(t.profileId, t.day),
    index("orders_import").on(t.importId),
    index("orders_identifier").on(t.identifierId),
  ],
);

export type Order = typeof orders.$inferSelect;
