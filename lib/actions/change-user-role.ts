"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { roles } from "@/db/schema/users";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { log } from "@/lib/log";
import { LastAdminError, setUserRole } from "@/lib/users/manage-users";

import type { ActionResult } from "./add-user";

const input = z.object({ userId: z.coerce.number().int().positive(), role: z.enum(roles) });

export async function changeUserRole(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    const admin = await requireActionRole(["admin"]);
    const parsed = input.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { ok: false, error: "invalid" };
    setUserRole(getDb(), parsed.data.userId, parsed.data.role);
    log.info("role changed", { userId: parsed.data.userId, role: parsed.data.role, by: admin.id });
    revalidatePath("/settings");
    return { ok: true };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (error instanceof LastAdminError) return { ok: false, error: "lastAdmin" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("change role failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
