import type { Db } from "@/db/client";

import { resolveIdentities } from "../resolve";
import { anchorOf, identifiersOf, profileOfIdentifier } from "./anchor";

export class SameProfileError extends Error {
  constructor() {
    super("a profile cannot be merged with itself");
  }
}

/**
 * Joins two profiles by hand. The merge is stored between the profiles'
 * canonical identifiers, so it holds through later imports; splits that
 * kept these two apart are withdrawn, since the person now says otherwise.
 * Returns the merged profile's id.
 */
export function mergeProfiles(db: Db, input: { first: number; second: number; by: string }): number {
  if (input.first === input.second) throw new SameProfileError();
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    const [from, to] = [anchorOf(db, input.first), anchorOf(db, input.second)];
    const members = new Set([...identifiersOf(db, input.first), ...identifiersOf(db, input.second)]);
    withdrawSplitsBetween(db, members);
    sqlite
      .prepare("INSERT INTO identity_merges (from_id, to_id, created_by) VALUES (?, ?, ?)")
      .run(from, to, input.by);
    resolveIdentities(db, { seeds: [from, to] });
    return profileOfIdentifier(db, from);
  })();
}

/** Deletes the splits with members on both sides among these identifiers. */
function withdrawSplitsBetween(db: Db, members: Set<number>) {
  const sqlite = db.$client;
  const rows = sqlite
    .prepare(`SELECT split_id, identifier_id, side FROM identity_split_members
      WHERE split_id IN (SELECT split_id FROM identity_split_members
        WHERE identifier_id IN (SELECT value FROM json_each(?)))`)
    .raw()
    .all(JSON.stringify([...members])) as [number, number, number][];
  const sides = new Map<number, Set<number>>();
  for (const [split, identifier, side] of rows) {
    if (!members.has(identifier)) continue;
    sides.set(split, (sides.get(split) ?? new Set()).add(side));
  }
  const remove = sqlite.prepare("DELETE FROM identity_splits WHERE id = ?");
  for (const [split, seen] of sides) if (seen.size > 1) remove.run(split);
}
