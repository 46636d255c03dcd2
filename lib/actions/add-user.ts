"use server";

import { revalidatePath } from "next/cache";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { log } from "@/lib/log";
import { createUser, newUserInput, UserExistsError } from "@/lib/users/manage-users";

export type ActionResult =
  | { ok: true }
  | {
    ok: false;
    error: "exists" | "invalid" | "forbidden" | "lastAdmin" | "ownAccess" | "busy" | "unknown";
  };

export async function addUser(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    const admin = await requireActionRole(["admin"]);
    const input = newUserInput.safeParse(Object.fromEntries(form));
    if (!input.success) return { ok: false, error: "invalid" };
    const user = await createUser(getDb(), input.data);
    log.info("user added", { userId: user.id, role: user.role, by: admin.id });
    revalidatePath("/settings");
    return { ok: true };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (error instanceof UserExistsError) return { ok: false, error: "exists" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("add user failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
