import type { Db } from "@/db/client";
import { withIndexesRebuilt } from "@/db/rebuild-indexes";
import { IdList } from "@/lib/id-list";

import { STATUS_BLOCKED, STATUS_HELD, type Clustering } from "./cluster";
import { ruleNames } from "./graph";
import type { LoadedGraph } from "./load-graph";
import { assignProfileIds, hashProfileKey } from "./profile-id";
import { readColumns } from "./read-columns";
import { ResolvedProfiles } from "./resolved-profiles";
import { writeReviews } from "./write-reviews";

/** Every table whose rows belong to a person through an identifier. */
export const factTables = ["orders", "contact_records", "interactions", "tickets", "consent_events"] as const;

/**
 * The profiles with facts of one import (`=`) or of every import after it (`>`), and those whose
 * orders such imports changed (a refund in a later export): whose names and channels to read again.
 */
export function profilesOfImports(db: Db, which: "=" | ">", importId: number): Set<number> {
  const queries = [
    // No DISTINCT: with it SQLite walks the profile index instead of the import one.
    ...factTables.map((table) => `SELECT profile_id FROM ${table} WHERE import_id ${which} ?`),
    `SELECT o.profile_id FROM order_changes c JOIN orders o ON o.id = c.order_id
      WHERE c.import_id ${which} ?`,
  ];
  const ids = new Set<number>();
  for (const sql of queries) {
    for (const id of db.$client.prepare(sql).pluck().all(importId) as (number | null)[]) {
      if (id !== null) ids.add(id);
    }
  }
  return ids;
}

export type WriteOutcome = {
  /** Profiles whose identifiers moved, ascending, without the removed ones. */
  changed: Float64Array;
  removed: number[];
  // Every profile resolved, with its key and smallest email and phone, for the profile row.
  profiles: ResolvedProfiles;
  // Profiles that have no row yet, in id order: refreshProfiles writes each row once, whole.
  added: Float64Array;
  // Per profile id that lost identifiers: the profiles they went to, with how many.
  moves: Map<number, Map<number, number>>;
};

/**
 * Stores a clustering: profile ids, statuses and join explanations on the
 * identifiers that changed, facts moved with their identifiers, profile rows
 * added and removed, review cases replaced. `scoped` runs cover one region
 * and leave every other row alone. Returns null, writing nothing, when a
 * scoped run's new profile id collides with a profile outside the region:
 * only a full run settles collisions the same way every time.
 */
export function writeResolution(
  db: Db,
  loaded: LoadedGraph,
  result: Clustering,
  scoped: boolean,
): WriteOutcome | null {
  const { graph, ids, previous } = loaded;
  const profileOf = profileIds(db, loaded, result, scoped);
  if (!profileOf) return null;

  const sqlite = db.$client;
  const update = sqlite.prepare(`UPDATE identifiers SET profile_id = ?, status = ?, via_id = ?, via_rule = ?,
    via_ref = ? WHERE id = ?`);
  // Orders are written with the profile their identifier most likely gets (IdentifierStore's
  // likelyProfile): a new identifier's orders move only when that guess was wrong.
  const orderMove = sqlite.prepare("UPDATE orders SET profile_id = ? WHERE identifier_id = ?");
  const factMoves = factTables.map((table) =>
    sqlite.prepare(`UPDATE ${table} SET profile_id = ? WHERE identifier_id = ?`));
  const changed = new IdList();
  const before = new Set<number>();
  const moves = new Map<number, Map<number, number>>();
  // Every new identifier gets its profile: after a large import, that many random
  // profile ids are cheaper sorted into a fresh index than inserted one by one.
  const unresolved = previous.profile.reduce((n: number, old) => (old === null ? n + 1 : n), 0);
  withIndexesRebuilt(sqlite, "identifiers", () => {
    for (let node = 0; node < graph.size; node++) {
      const profile = profileOf[node];
      const status =
        result.status[node] === STATUS_BLOCKED ? "blocked"
        : result.status[node] === STATUS_HELD ? "held"
        : null;
      const via = result.viaNode[node];
      const viaId = via < 0 ? null : ids[via];
      const viaRule = via < 0 ? null : ruleNames[result.viaRule[node]];
      const viaRef = via < 0 || result.viaRef[node] === 0 ? null : result.viaRef[node];
      const old = previous.profile[node];
      if (old !== null) before.add(old);
      const same =
        old === profile &&
        previous.status[node] === status &&
        previous.viaId[node] === viaId &&
        previous.viaRule[node] === viaRule &&
        previous.viaRef[node] === viaRef;
      if (same) continue;
      update.run(profile, status, viaId, viaRule, viaRef, ids[node]);
      if (old === profile) continue;
      changed.add(profile);
      if (old === null && profile !== hashProfileKey(graph.keys[node])) {
        orderMove.run(profile, ids[node]);
      }
      if (old !== null) {
        changed.add(old);
        for (const move of factMoves) move.run(profile, ids[node]);
        const targets = moves.get(old) ?? new Map<number, number>();
        moves.set(old, targets.set(profile, (targets.get(profile) ?? 0) + 1));
      }
    }
  }, { rows: unresolved });
  // Other facts written since the last run carry no profile yet.
  for (const table of factTables.filter((name) => name !== "orders")) {
    sqlite.exec(`UPDATE ${table} SET profile_id =
      (SELECT profile_id FROM identifiers WHERE id = ${table}.identifier_id) WHERE profile_id IS NULL`);
  }

  const profiles = new ResolvedProfiles(graph.keys, result, profileOf);
  const moved = changed.distinct();
  const { removed, added } = writeProfileRows(db, profiles, { before, changed: moved, scoped });
  const gone = new Set(removed);
  writeReviews(db, loaded, result, profileOf, scoped);
  return { changed: moved.filter((id) => !gone.has(id)), removed, profiles, added, moves };
}

function profileIds(db: Db, loaded: LoadedGraph, result: Clustering, scoped: boolean): Float64Array | null {
  const { graph, previous } = loaded;
  // Per canonical node its profile id, the hash of its key: typed columns, where a
  // million keys in sets and maps cost a few hundred megabytes.
  const idOfCanonical = new Float64Array(graph.size);
  const canonicalNodes: number[] = [];
  for (let node = 0; node < graph.size; node++) {
    if (result.canonical[node] !== node) continue;
    canonicalNodes.push(node);
    idOfCanonical[node] = hashProfileKey(graph.keys[node]);
  }
  const hashes = Float64Array.from(canonicalNodes, (node) => idOfCanonical[node]).sort();
  const collide = hashes.some((id, k) => k > 0 && hashes[k - 1] === id);
  if (scoped) {
    if (collide) return null;
    const inRegion = new Set(previous.profile);
    const keyOf = db.$client.prepare("SELECT key FROM profiles WHERE id = ?").pluck();
    for (const node of canonicalNodes) {
      const holder = keyOf.get(idOfCanonical[node]) as string | undefined;
      const id = idOfCanonical[node];
      if (holder !== undefined && holder !== graph.keys[node] && !inRegion.has(id)) return null;
    }
  } else if (collide) {
    const idOf = assignProfileIds(canonicalNodes.map((node) => graph.keys[node]));
    for (const node of canonicalNodes) idOfCanonical[node] = idOf.get(graph.keys[node])!;
  }
  const profileOf = new Float64Array(graph.size);
  for (let node = 0; node < graph.size; node++) {
    profileOf[node] = idOfCanonical[result.canonical[node]];
  }
  return profileOf;
}

/**
 * Re-keys the rows of profiles whose key changed and removes the rows no
 * identifier points to any more; returns the removed ids and the ids of the
 * new profiles, ascending, whose rows refreshProfiles adds (a row inserted
 * here and filled there was written twice). Plain statements only: an
 * upsert per row costs a statement journal inside the caller's savepoint.
 */
function writeProfileRows(
  db: Db,
  profiles: ResolvedProfiles,
  context: { before: Set<number>; changed: Float64Array; scoped: boolean },
): { removed: number[]; added: Float64Array } {
  const sqlite = db.$client;
  const [storedIds, storedKeys] = context.scoped
    ? [[...context.before, ...context.changed], []]
    : (readColumns(db, ["id", "key"], "SELECT id, key FROM profiles") as [number[], string[]]);
  const stored = new Map<number, string | undefined>(storedIds.map((id, k) => [id, storedKeys[k]]));
  const storedKey = sqlite.prepare("SELECT key FROM profiles WHERE id = ?").pluck();

  const gone = [...stored.keys()].filter((id) => !profiles.has(id));
  const drop = ["profiles", "profile_channels"].map((table) =>
    sqlite.prepare(`DELETE FROM ${table} WHERE ${table === "profiles" ? "id" : "profile_id"} = ?`),
  );
  for (const id of gone) for (const statement of drop) statement.run(id);

  const rekey = sqlite.prepare("UPDATE profiles SET key = ? WHERE id = ?");
  // In id order: ids are hashes, and rows added in id order append to the table
  // instead of splitting its pages.
  const toCheck = context.scoped ? context.changed : Float64Array.from(profiles.ids()).sort();
  const added = new Float64Array(toCheck.length);
  let adding = 0;
  for (const id of toCheck) {
    const key = profiles.key(id);
    if (key === undefined) continue;
    const current = context.scoped ? (storedKey.get(id) as string | undefined) : stored.get(id);
    if (current === undefined) added[adding++] = id;
    else if (current !== key) rekey.run(key, id);
  }
  return { removed: gone, added: added.subarray(0, adding) };
}
