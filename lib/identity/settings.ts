import { eq } from "drizzle-orm";
import { z } from "zod";

import type { Db } from "@/db/client";
import { settings } from "@/db/schema";

const count = (fallback: number) => z.number().int().min(1).max(1000).default(fallback);

/**
 * How identifiers may join (settings key "identity"). Every guard is here so
 * an admin can see and change it; defaults are cautious: joining two people
 * by mistake is worse than showing one person twice, which a review undoes.
 */
export const identitySettings = z.object({
  // "kind:value" entries, normalised; "*" matches any run of characters.
  blockList: z.array(z.string().min(3).max(320)).max(5000).default([]),
  // An identifier that would join more than this many profiles that each
  // have their own phone or email and another key is shared: it joins none.
  maxProfilesPerIdentifier: count(1),
  // Most distinct values one profile may hold of a key that should be unique;
  // `ext` counts ids per scope (one source, or one namespace).
  limits: z
    .object({ email: count(5), phone: count(3), ext: count(10) })
    .default({ email: 5, phone: 3, ext: 10 }),
  scopeLimits: z.record(z.string().min(1).max(80), z.number().int().min(1).max(100_000)).default({}),
  // Provider rules are off unless asked for: dots matter outside Gmail.
  emailRewrite: z
    .object({ gmailDots: z.boolean().default(false), plusTags: z.boolean().default(false) })
    .default({ gmailDots: false, plusTags: false }),
  // Sources whose attributes win over more recent ones, highest first.
  sourceRank: z.array(z.string().min(1).max(80)).max(100).default([]),
});

export type IdentitySettings = z.infer<typeof identitySettings>;

const KEY = "identity";

export function readIdentitySettings(db: Db): IdentitySettings {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  return identitySettings.parse(row?.value ?? {});
}

export function writeIdentitySettings(db: Db, value: unknown): IdentitySettings {
  const parsed = identitySettings.parse(value);
  db.insert(settings)
    .values({ key: KEY, value: parsed })
    .onConflictDoUpdate({ target: settings.key, set: { value: parsed } })
    .run();
  return parsed;
}

/** What a resolution depends on: a change means every profile is resolved again. */
export function settingsFingerprint(value: IdentitySettings): string {
  return JSON.stringify(value);
}
