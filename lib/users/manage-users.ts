import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";

import type { Db } from "@/db/client";
import { roles, users, type Role } from "@/db/schema/users";
import { hashPassword } from "@/lib/auth/password";

const passwordRule = z.string().min(8, "at least 8 characters").max(200, "at most 200 characters");

export const newUserInput = z.object({
  email: z.email("an email address").transform((e) => e.trim().toLowerCase()),
  name: z.string().trim().max(120).default(""),
  role: z.enum(roles),
  password: passwordRule,
});

export async function createUser(db: Db, input: z.input<typeof newUserInput>) {
  const user = newUserInput.parse(input);
  const existing = db.select({ id: users.id }).from(users).where(eq(users.email, user.email)).get();
  if (existing) throw new UserExistsError(user.email);
  return db
    .insert(users)
    .values({ email: user.email, name: user.name, role: user.role, passwordHash: await hashPassword(user.password) })
    .returning({ id: users.id, email: users.email, role: users.role })
    .get();
}

export function listUsers(db: Db) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role,
      createdAt: users.createdAt, disabledAt: users.disabledAt })
    .from(users)
    .orderBy(asc(users.email))
    .all();
}

export function setUserRole(db: Db, id: number, role: Role) {
  // Never leave the workspace without an admin who can undo this.
  if (role !== "admin" && isLastAdmin(db, id)) throw new LastAdminError();
  db.update(users).set({ role }).where(eq(users.id, id)).run();
}

/**
 * Removes a user's access (or gives it back): they cannot sign in, and a session they hold ends
 * at its next request. Not one's own, nor the last admin's, which nobody could give back.
 */
export function setUserAccess(db: Db, params: { id: number; by: number; active: boolean }) {
  if (!params.active && params.id === params.by) throw new OwnAccessError();
  if (!params.active && isLastAdmin(db, params.id)) throw new LastAdminError();
  db.update(users)
    .set({ disabledAt: params.active ? null : new Date().toISOString() })
    .where(eq(users.id, params.id))
    .run();
}

/** Whether `id` is the only admin who can still sign in. */
function isLastAdmin(db: Db, id: number): boolean {
  const admins = db.select({ id: users.id }).from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt))).all();
  return admins.length === 1 && admins[0].id === id;
}

export async function setUserPassword(db: Db, email: string, password: string) {
  const hash = await hashPassword(passwordRule.parse(password));
  const result = db.update(users).set({ passwordHash: hash }).where(eq(users.email, email.trim().toLowerCase())).run();
  if (result.changes === 0) throw new Error(`no user ${email}`);
}

/** Sets the password of the user with this id; false when there is none. */
export async function setPasswordOf(db: Db, id: number, password: string): Promise<boolean> {
  const hash = await hashPassword(passwordRule.parse(password));
  return db.update(users).set({ passwordHash: hash }).where(eq(users.id, id)).run().changes > 0;
}

export function findUserByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export class UserExistsError extends Error {
  constructor(email: string) {
    super(`a user with email ${email} exists`);
  }
}

export class LastAdminError extends Error {
  constructor() {
    super("the last admin cannot lose the admin role");
  }
}

export class OwnAccessError extends Error {
  constructor() {
    super("an admin cannot remove their own access");
  }
}
