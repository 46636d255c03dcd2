import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The unified person. The id is derived from the profile's smallest
 * identifier, so the same data always resolves to the same ids whatever the
 * order in which files arrived.
 */
export const profiles = sqliteTable("profiles", {
  id: integer("id").primaryKey(),
  key: text("key").notNull().unique(),
  name: text("name"),
  email: text("email"),
  phone: text("phone"),
});

export type Profile = typeof profiles.$inferSelect;
