import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

import { imports } from "./imports";

export const identifierKinds = ["email", "phone", "ext"] as const;

/**
 * A normalised key that names a person: an email, an E.164 phone, or a
 * source-scoped id written "source:id". Profiles are the connected groups of
 * identifiers; profile_id is rewritten by every resolution run.
 */
export const identifiers = sqliteTable(
  "identifiers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    value: text("value").notNull(),
    profileId: integer("profile_id"),
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
