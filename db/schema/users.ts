import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const roles = ["admin", "manager", "marketer"] as const;
export type Role = (typeof roles)[number];

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // Stored lower-cased and trimmed: sign-in compares normalised addresses.
  email: text("email").notNull().unique(),
  name: text("name").notNull().default(""),
  role: text("role", { enum: roles }).notNull(),
  // scrypt$N$r$p$salt$hash — never the password itself.
  passwordHash: text("password_hash").notNull(),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  // When an admin removed the user's access: they can no longer sign in, and a session they
  // still hold ends. Kept, not deleted, so campaigns and segments still name who made them.
  disabledAt: text("disabled_at"),
});

export type User = typeof users.$inferSelect;
