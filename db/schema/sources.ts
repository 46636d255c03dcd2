import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** One channel that files or API feeds come from (a Shopify store, a Tmall shop, a POS). */
export const sources = sqliteTable("sources", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // Lower-case slug; scopes customer ids, so "shopify:123" never meets "tmall:123".
  key: text("key").notNull().unique(),
  label: text("label").notNull(),
  preset: text("preset"),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

export type Source = typeof sources.$inferSelect;
