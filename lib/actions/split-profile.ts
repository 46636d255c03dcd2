"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { ProfileNotFoundError } from "@/lib/identity/manual/anchor";
import { BadSplitError, splitProfile as splitProfileOf } from "@/lib/identity/manual/split-profile";
import { log } from "@/lib/log";
import { recomputeElsewhere } from "@/lib/jobs/recompute-elsewhere";

export type SplitResult = { ok: false; error: "bad" | "forbidden" | "busy" | "unknown" };

const input = z.object({
  profileId: z.coerce.number().int().positive(),
  move: z.array(z.coerce.number().int().positive()).min(1).max(10_000),
});

/**
 * Splits the ticked identifiers off into their own profile and opens the
 * profile that kept the rest; admins and managers only.
 */
export async function splitProfile(_previous: SplitResult | null, form: FormData): Promise<SplitResult> {
  const result = await split(form);
  if (!result.ok) return result;
  redirect(`/customers/${result.kept}`);
}

async function split(form: FormData): Promise<SplitResult | { ok: true; kept: number; moved: number }> {
  try {
    const user = await requireActionRole(["admin", "manager"]);
    const parsed = input.safeParse({ profileId: form.get("profileId"), move: form.getAll("move") });
    if (!parsed.success) return { ok: false, error: "bad" };
    const db = getDb();
    const result = splitProfileOf(db, { profileId: parsed.data.profileId, move: parsed.data.move, by: user.email });
    await recomputeElsewhere();
    log.info("profile split", { profileId: parsed.data.profileId, ...result, by: user.id });
    revalidatePath("/customers");
    return { ok: true, ...result };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (error instanceof BadSplitError || error instanceof ProfileNotFoundError) return { ok: false, error: "bad" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("split failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
