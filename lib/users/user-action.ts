import "server-only";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";

import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import type { CurrentUser } from "@/lib/auth/current-user";
import { log } from "@/lib/log";

import { LastAdminError, OwnAccessError, UserExistsError } from "./manage-users";

export type UserActionResult =
  | { ok: true }
  | {
    ok: false;
    error: "exists" | "invalid" | "forbidden" | "lastAdmin" | "ownAccess" | "busy" | "unknown";
  };

/**
 * Runs an admin's change to the users, checking the role on the server first, and turns each
 * refusal into the code the settings page words; anything else is logged as `what` failed.
 */
export async function asAdmin(
  what: string, change: (admin: CurrentUser) => Promise<boolean> | boolean,
): Promise<UserActionResult> {
  try {
    const admin = await requireActionRole(["admin"]);
    if (!(await change(admin))) return { ok: false, error: "invalid" };
    revalidatePath("/settings");
    return { ok: true };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (error instanceof ZodError) return { ok: false, error: "invalid" };
    if (error instanceof UserExistsError) return { ok: false, error: "exists" };
    if (error instanceof LastAdminError) return { ok: false, error: "lastAdmin" };
    if (error instanceof OwnAccessError) return { ok: false, error: "ownAccess" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error(`${what} failed`, { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
