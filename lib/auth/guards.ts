import "server-only";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import type { Role } from "@/db/schema/users";

import { currentUser, type CurrentUser } from "./current-user";
import { REQUESTED_PATH_HEADER, signInReturningTo } from "./return-path";

export const everyone: Role[] = ["admin", "manager", "marketer"];

/**
 * For pages: sign-in first (coming back to the page asked for), then a page that says the role
 * is not enough.
 */
export async function requirePageRole(allowed: Role[] = everyone): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInReturningTo((await headers()).get(REQUESTED_PATH_HEADER)));
  if (!allowed.includes(user.role)) redirect("/forbidden");
  return user;
}

/** For route handlers: a JSON 401 or 403 response, or the user. */
export async function requireApiRole(allowed: Role[] = everyone): Promise<CurrentUser | Response> {
  const user = await currentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!allowed.includes(user.role)) return Response.json({ error: "forbidden" }, { status: 403 });
  return user;
}

/** For server actions: throws, and the action's caller shows a generic refusal. */
export async function requireActionRole(allowed: Role[] = everyone): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user || !allowed.includes(user.role)) throw new ForbiddenError();
  return user;
}

export class ForbiddenError extends Error {
  constructor() {
    super("forbidden");
  }
}
