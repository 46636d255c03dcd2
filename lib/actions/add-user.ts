"use server";

import { getDb } from "@/db";
import { log } from "@/lib/log";
import { createUser, newUserInput } from "@/lib/users/manage-users";
import { asAdmin, type UserActionResult } from "@/lib/users/user-action";

export async function addUser(_previous: UserActionResult | null, form: FormData) {
  return asAdmin("add user", async (admin) => {
    const user = await createUser(getDb(), newUserInput.parse(Object.fromEntries(form)));
    log.info("user added", { userId: user.id, role: user.role, by: admin.id });
    return true;
  });
}
