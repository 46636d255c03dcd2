import type { Db } from "@/db/client";

import { assignProfileIds } from "./profile-id";
import { UnionFind } from "./union-find";

/** Every table whose rows belong to a person through an identifier. */
const factTables = ["orders", "contact_records", "interactions", "tickets", "consent_events"] as const;

export type ResolutionResult = { profiles: number; profilesChanged: number };

/**
 * Rebuilds profiles from scratch: identifiers that were seen together on a
 * record belong to one person. Only rows whose profile changed are written,
 * so a re-run over unchanged data writes nothing.
 */
export function resolveIdentities(db: Db): ResolutionResult {
  const sqlite = db.$client;
  const rows = sqlite
    .prepare("SELECT id, kind || ':' || value AS key, profile_id FROM identifiers")
    .raw()
    .all() as [number, string, number | null][];
  const position = new Map<number, number>();
  rows.forEach(([id], i) => position.set(id, i));

  const sets = new UnionFind(rows.length);
  const links = sqlite.prepare("SELECT from_id, to_id FROM identity_links").raw().iterate();
  for (const [from, to] of links as Iterable<[number, number]>) {
    const a = position.get(from);
    const b = position.get(to);
    if (a !== undefined && b !== undefined) sets.union(a, b);
  }

  // The canonical key of a group is its smallest identifier.
  const canonical = new Map<number, string>();
  rows.forEach(([, key], i) => {
    const root = sets.find(i);
    const current = canonical.get(root);
    if (current === undefined || key < current) canonical.set(root, key);
  });
  const ids = assignProfileIds([...canonical.values()]);

  const moveIdentifier = sqlite.prepare("UPDATE identifiers SET profile_id = ? WHERE id = ?");
  const moveFacts = factTables.map((table) =>
    sqlite.prepare(`UPDATE ${table} SET profile_id = ? WHERE identifier_id = ?`),
  );
  const touched = new Set<number>();
  const contacts = new Map<number, { email: string | null; phone: string | null }>();
  rows.forEach(([id, key, profileId], i) => {
    const next = ids.get(canonical.get(sets.find(i))!)!;
    rememberContact(contacts, next, key);
    if (next === profileId) return;
    moveIdentifier.run(next, id);
    // Facts of a brand-new identifier have no profile yet: the bulk update below sets them.
    if (profileId !== null) for (const move of moveFacts) move.run(next, id);
    touched.add(next);
  });
  // Facts written since the last run carry no profile yet.
  for (const table of factTables) {
    sqlite.exec(`UPDATE ${table} SET profile_id =
      (SELECT profile_id FROM identifiers WHERE id = ${table}.identifier_id)
      WHERE profile_id IS NULL`);
  }

  writeProfiles(db, ids, touched, contacts);
  return { profiles: ids.size, profilesChanged: touched.size };
}

type Contacts = Map<number, { email: string | null; phone: string | null }>;

/** The smallest email and phone of each profile, shown until attributes say otherwise. */
function rememberContact(contacts: Contacts, profileId: number, key: string) {
  const kind = key.startsWith("email:") ? "email" : key.startsWith("phone:") ? "phone" : null;
  if (!kind) return;
  const value = key.slice(kind.length + 1);
  const current = contacts.get(profileId) ?? { email: null, phone: null };
  if (current[kind] === null || value < current[kind]!) current[kind] = value;
  contacts.set(profileId, current);
}

function writeProfiles(db: Db, ids: Map<string, number>, touched: Set<number>, contacts: Contacts) {
  const sqlite = db.$client;
  sqlite.exec("CREATE TEMP TABLE IF NOT EXISTS resolved (id INTEGER PRIMARY KEY, key TEXT)");
  sqlite.exec("DELETE FROM resolved");
  const add = sqlite.prepare("INSERT INTO resolved (id, key) VALUES (?, ?)");
  for (const [key, id] of ids) add.run(id, key);
  // Computed in memory: a per-profile min() subquery lets SQLite walk the
  // (kind, value) index over every email, which is quadratic on big imports.
  const contact = sqlite.prepare("UPDATE profiles SET email = ?, phone = ? WHERE id = ?");

  sqlite.exec(`
    DELETE FROM profiles WHERE id NOT IN (SELECT id FROM resolved);
    INSERT INTO profiles (id, key) SELECT id, key FROM resolved
      WHERE id NOT IN (SELECT id FROM profiles);
    DROP TABLE resolved;
  `);
  for (const id of touched) {
    const found = contacts.get(id);
    contact.run(found?.email ?? null, found?.phone ?? null, id);
  }
}
