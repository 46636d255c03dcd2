"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import { getDb } from "@/db";
import { requireActionRole } from "@/lib/auth/guards";
import { readIdentitySettings, writeIdentitySettings } from "@/lib/identity/settings";
import { resolveElsewhere } from "@/lib/jobs/recompute-elsewhere";
import { log } from "@/lib/log";

const input = z.object({ identifierId: z.coerce.number().int().positive() });

/** Adds an identifier to the block list and resolves everything again; admins only. */
export async function blockIdentifier(form: FormData): Promise<void> {
  const user = await requireActionRole(["admin"]);
  const parsed = input.safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const db = getDb();
  const row = db.$client
    .prepare("SELECT kind, value FROM identifiers WHERE id = ?")
    .get(parsed.data.identifierId) as { kind: string; value: string } | undefined;
  if (!row) return;
  const settings = readIdentitySettings(db);
  const entry = `${row.kind}:${row.value}`;
  writeIdentitySettings(db, { ...settings, blockList: [...new Set([...settings.blockList, entry])] });
  const { resolution: run } = await resolveElsewhere();
  log.info("identifier blocked", { identifierId: parsed.data.identifierId, by: user.id, durationMs: run.durationMs });
  revalidatePath("/identity");
}
