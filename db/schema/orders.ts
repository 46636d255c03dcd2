import {
  index,
  integer,
  real,
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

/**
 * The items of an order, as the export listed them (Shopify and WooCommerce
 * line items, Douyin sub-orders, JD SKUs). Informational: the order's own
 * amount is what spend is summed from.
 */
export const orderLines = sqliteTable(
  "order_lines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    orderKey: text("order_key").notNull(),
    // The file's line or sub-order id, else "row N" of the import that stored the order.
    lineKey: text("line_key").notNull(),
    name: text("name"),
    sku: text("sku"),
    quantity: real("quantity"),
    unitPriceMinor: integer("unit_price_minor"),
    amountMinor: integer("amount_minor"),
    currency: text("currency").notNull(),
    status: text("status"),
    importId: integer("import_id")
      .notNull()
      .references(() => imports.id),
  },
  (t) => [
    uniqueIndex("order_lines_source_key").on(t.sourceId, t.orderKey, t.lineKey),
    index("order_lines_import").on(t.importId),
  ],
);

export type Order = typeof orders.$inferSelect;
export type OrderLineRow = typeof orderLines.$inferSelect;

/**
 * What a later export changed on an order an earlier import stored (a
 * refund, a cancellation, a payment that came through): the values before,
 * so rolling the later import back puts them back.
 */
export const orderChanges = sqliteTable(
  "order_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    importId: integer("import_id")
      .notNull()
      .references(() => imports.id),
    previousAmountMinor: integer("previous_amount_minor").notNull(),
    previousCounts: integer("previous_counts").notNull(),
    previousStatus: text("previous_status"),
  },
  (t) => [index("order_changes_import").on(t.importId), index("order_changes_order").on(t.orderId)],
);
