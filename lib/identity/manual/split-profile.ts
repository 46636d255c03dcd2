import type { Db } from "@/db/client";

import { resolveIdentities } from "../resolve";
import { identifiersOf, ProfileNotFoundError, profileOfIdentifier } from "./anchor";

export class BadSplitError extends Error {
  constructor() {
    super("a split moves some, not all, of the profile's identifiers");
  }
}

/**
 * Splits a profile by hand: `move` goes to one side, the rest to the other.
 * The sides are stored, so no later import joins them again; manual merges
 * across the sides are withdrawn. Returns a profile id for each side (a side
 * whose identifiers only met through the other side may itself fall apart).
 */
export function splitProfile(db: Db, input: { profileId: number; move: number[]; by: string }) {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    const members = identifiersOf(db, input.profileId);
    if (members.length === 0) throw new ProfileNotFoundError(input.profileId);
    const moved = new Set(input.move);
    const kept = members.filter((id) => !moved.has(id));
    if (moved.size === 0 || kept.length === 0 || [...moved].some((id) => !members.includes(id))) {
      throw new BadSplitError();
    }

    const across = sqlite.prepare(
      "DELETE FROM identity_merges WHERE (from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?)",
    );
    for (const a of moved) for (const b of kept) across.run(a, b, b, a);
    const split = Number(
      sqlite
        .prepare("INSERT INTO identity_splits (profile_id, created_by) VALUES (?, ?)")
        .run(input.profileId, input.by).lastInsertRowid,
    );
    const member = sqlite.prepare("INSERT INTO identity_split_members (split_id, identifier_id, side) VALUES (?, ?, ?)");
    for (const id of members) member.run(split, id, moved.has(id) ? 1 : 0);

    resolveIdentities(db, { seeds: members });
    return { kept: profileOfIdentifier(db, kept[0]), moved: profileOfIdentifier(db, [...moved][0]) };
  })();
}
