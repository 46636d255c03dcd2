"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { log } from "@/lib/log";
import { LastAdminError, OwnAccessError, setUserAccess } from "@/lib/users/manage-users";

import type { ActionResult } from "./add-user";

const input = z.object({
  userId: z.coerce.number().int().positive(),
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});

/** Removes or gives back a user's access (admins only). */
export async function changeUserAccess(
  _previous: ActionResult | null, form: FormData,
): Promise<ActionResult> {
  try {
    const admin = await requireActionRole(["admin"]);
    const parsed = input.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { ok: false, error: "invalid" };
    setUserAccess(getDb(), { id: parsed.data.userId, by: admin.id, active: parsed.data.active });
    log.info("user access changed", { ...parsed.data, by: admin.id });
    revalidatePath("/settings");
    return { ok: true };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (error instanceof LastAdminError) return { ok: false, error: "lastAdmin" };
    if (error instanceof OwnAccessError) return { ok: false, error: "ownAccess" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("change access failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
