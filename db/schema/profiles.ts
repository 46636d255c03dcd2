import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * The unified person. The id is derived from the profile's smallest
 * identifier, so the same data always resolves to the same ids whatever the
 * order in which files arrived. The attribute columns hold the value shown
 * (most recent non-empty unless a source is ranked higher); the values each
 * source gave live in contact_records.
 */
export const profiles = sqliteTable("profiles", {
  id: integer("id").primaryKey(),
  key: text("key").notNull().unique(),
  name: text("name"),
  email: text("email"),
  phone: text("phone"),
  gender: text("gender"),
  // 'YYYY-MM-DD', or 'MM-DD' when a source gives no year.
  birthday: text("birthday"),
  city: text("city"),
  region: text("region"),
  country: text("country"),
  // JSON array of strings.
  tags: text("tags"),
  firstSeenDay: integer("first_seen_day"),
}, (t) => [
  // Segment rules filter by place, gender and age together ("women 25–45 in
  // Shanghai"): one index seek reads all three without touching the table.
  // With planner statistics (lib/segments/refresh-statistics.ts) SQLite
  // starts from this side only when it is the rarer one.
  index("profiles_city_gender_birthday").on(t.city, t.gender, t.birthday),
  index("profiles_region").on(t.region),
]);

export type Profile = typeof profiles.$inferSelect;

/**
 * Where a profile id that no longer exists went: when a merge or a new
 * identifier gives a person another id, links to the old one (a bookmark,
 * an exported list) still find them.
 */
export const profileAliases = sqliteTable("profile_aliases", {
  oldId: integer("old_id").primaryKey(),
  profileId: integer("profile_id").notNull(),
}, (t) => [index("profile_aliases_profile").on(t.profileId)]);
