"use server";

import { z } from "zod";

import { getDb } from "@/db";
import { log } from "@/lib/log";
import { setUserAccess } from "@/lib/users/manage-users";
import { asAdmin, type UserActionResult } from "@/lib/users/user-action";

const input = z.object({
  userId: z.coerce.number().int().positive(),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** Removes or gives back a user's access (admins only). */
export async function changeUserAccess(_previous: UserActionResult | null, form: FormData) {
  return asAdmin("change access", (admin) => {
    const { userId, active } = input.parse(Object.fromEntries(form));
    setUserAccess(getDb(), { id: userId, by: admin.id, active });
    log.info("user access changed", { userId, active, by: admin.id });
    return true;
  });
}
