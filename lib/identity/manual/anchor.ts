import type { Db } from "@/db/client";

export class ProfileNotFoundError extends Error {
  constructor(readonly profileId: number) {
    super(`no profile ${profileId}`);
  }
}

/** The profile's canonical identifier (its key), which names it in merges. */
export function anchorOf(db: Db, profileId: number): number {
  const key = db.$client.prepare("SELECT key FROM profiles WHERE id = ?").pluck().get(profileId) as string | undefined;
  if (key === undefined) throw new ProfileNotFoundError(profileId);
  const colon = key.indexOf(":");
  return db.$client
    .prepare("SELECT id FROM identifiers WHERE kind = ? AND value = ?")
    .pluck()
    .get(key.slice(0, colon), key.slice(colon + 1)) as number;
}

/** The profile an identifier belongs to now. */
export function profileOfIdentifier(db: Db, identifierId: number): number {
  return db.$client.prepare("SELECT profile_id FROM identifiers WHERE id = ?").pluck().get(identifierId) as number;
}

/** Ids of the identifiers a profile holds. */
export function identifiersOf(db: Db, profileId: number): number[] {
  return db.$client
    .prepare("SELECT id FROM identifiers WHERE profile_id = ? ORDER BY id")
    .pluck()
    .all(profileId) as number[];
}
