"use server";

import type { CountryCode } from "libphonenumber-js";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getDb } from "@/db";
import { isBusy } from "@/db/write-lock";
import { ForbiddenError, requireActionRole } from "@/lib/auth/guards";
import { ProfileNotFoundError } from "@/lib/identity/manual/anchor";
import { mergeProfiles as mergeProfilesOf, SameProfileError } from "@/lib/identity/manual/merge-profiles";
import { log } from "@/lib/log";
import { recomputeElsewhere } from "@/lib/jobs/recompute-elsewhere";
import { findProfileByText } from "@/lib/profiles/find-profile";
import { readSettings } from "@/lib/settings/read-settings";

export type MergeResult = {
  ok: false;
  error: "notFound" | "same" | "invalid" | "forbidden" | "busy" | "unknown";
};

const input = z.object({ profileId: z.coerce.number().int().positive(), target: z.string().trim().min(1).max(320) });

/**
 * Merges the profile with the one the person named and opens the merged
 * profile (its id changes when its smallest identifier does); admins and
 * managers only.
 */
export async function mergeProfiles(_previous: MergeResult | null, form: FormData): Promise<MergeResult> {
  const merged = await merge(form);
  if (!merged.ok) return merged;
  redirect(`/customers/${merged.profileId}`);
}

async function merge(form: FormData): Promise<MergeResult | { ok: true; profileId: number }> {
  try {
    const user = await requireActionRole(["admin", "manager"]);
    const parsed = input.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { ok: false, error: "invalid" };
    const db = getDb();
    const region = readSettings(db, "general").phoneRegion as CountryCode;
    const other = findProfileByText(db, parsed.data.target, region);
    if (other === null) return { ok: false, error: "notFound" };

    const profileId = mergeProfilesOf(db, { first: parsed.data.profileId, second: other, by: user.email });
    await recomputeElsewhere();
    log.info("profiles merged", { from: [parsed.data.profileId, other], into: profileId, by: user.id });
    revalidatePath("/customers");
    return { ok: true, profileId };
  } catch (error) {
    if (error instanceof ForbiddenError) return { ok: false, error: "forbidden" };
    if (error instanceof SameProfileError) return { ok: false, error: "same" };
    if (error instanceof ProfileNotFoundError) return { ok: false, error: "notFound" };
    if (isBusy(error)) return { ok: false, error: "busy" };
    log.error("merge failed", { error: String(error) });
    return { ok: false, error: "unknown" };
  }
}
