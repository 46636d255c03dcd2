"use server";

import { z } from "zod";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { log } from "@/lib/log";
import { setPasswordOf } from "@/lib/users/manage-users";

import type { ActionResult } from "./add-user";

const input = z.object({ userId: z.coerce.number().int().positive(), password: z.string() });

/** Sets a user's password (admins only): for one who forgot it. Stored hashed, never logged. */
export async function resetUserPassword(
  _previous: ActionResult | null, form: FormData,
): Promise<ActionResult> {
  try {
    const admin = await requireActionRole(["admin"]);
    const parsed = input.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { ok: false, error: "invalid" };
    const changed = await setPasswordOf(getDb(), parsed.data.userId, parsed.data.password);
    if (!changed) return { ok: false, error: "invalid" };
    log.info("password reset", { userId: parsed.data.userId, by: admin.id });
    return { ok: true };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (error instanceof z.ZodError) return { ok: false, error: "invalid" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("password reset failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
