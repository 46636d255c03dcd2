"use server";

import { z } from "zod";

import { getDb } from "@/db";
import { roles } from "@/db/schema/users";
import { log } from "@/lib/log";
import { setUserRole } from "@/lib/users/manage-users";
import { asAdmin, type UserActionResult } from "@/lib/users/user-action";

const input = z.object({ userId: z.coerce.number().int().positive(), role: z.enum(roles) });

export async function changeUserRole(_previous: UserActionResult | null, form: FormData) {
  return asAdmin("change role", (admin) => {
    const { userId, role } = input.parse(Object.fromEntries(form));
    setUserRole(getDb(), userId, role);
    log.info("role changed", { userId, role, by: admin.id });
    return true;
  });
}
