"use server";

import { z } from "zod";

import { getDb } from "@/db";
import { log } from "@/lib/log";
import { setPasswordOf } from "@/lib/users/manage-users";
import { asAdmin, type UserActionResult } from "@/lib/users/user-action";

const input = z.object({ userId: z.coerce.number().int().positive(), password: z.string() });

/** Sets a user's password (admins only): for one who forgot it. Stored hashed, never logged. */
export async function resetUserPassword(_previous: UserActionResult | null, form: FormData) {
  return asAdmin("password reset", async (admin) => {
    const { userId, password } = input.parse(Object.fromEntries(form));
    if (!(await setPasswordOf(getDb(), userId, password))) return false;
    log.info("password reset", { userId, by: admin.id });
    return true;
  });
}
