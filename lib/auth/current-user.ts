import "server-only";

import { and, eq, isNull } from "drizzle-orm";
import { getServerSession } from "next-auth";
import { cache } from "react";

import { getDb } from "@/db";
import { users, type Role } from "@/db/schema/users";

import { authOptions } from "./options";

export type CurrentUser = { id: number; email: string; name: string; role: Role };

/** The signed-in user as the database has them now, once per request. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string } | null;
  const id = Number(session?.userId);
  if (!Number.isInteger(id)) return null;
  const user = getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    // A user whose access was removed is signed out at their next request.
    .where(and(eq(users.id, id), isNull(users.disabledAt)))
    .get();
  return user ?? null;
});
