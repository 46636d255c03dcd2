import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Admin-set values (model thresholds, base currency), one JSON value per key. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
});
