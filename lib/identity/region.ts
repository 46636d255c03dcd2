import type { Db } from "@/db/client";

import { rewriteEmail, rewritesEmails } from "./email-rewrite";
import { blockMatcher } from "./guards/block-list";
import type { IdentitySettings } from "./settings";

/**
 * The identifiers an incremental run must resolve again: everything
 * connected to the seeds by links (except through blocked identifiers, which
 * join nothing), manual merges, shared mailboxes, and the current profiles of
 * all of these. Whole groups are taken, so resolving the region alone gives
 * the same result as resolving everything. Returns null when the region
 * grows past `cap`: a full run is then cheaper than walking it row by row.
 */
export function collectRegion(db: Db, seeds: Iterable<number>, settings: IdentitySettings, cap: number): number[] | null {
  const sqlite = db.$client;
  const identifier = sqlite.prepare("SELECT kind, value, profile_id FROM identifiers WHERE id = ?").raw();
  const members = sqlite.prepare("SELECT id FROM identifiers WHERE profile_id = ?").pluck();
  const linked = sqlite
    .prepare(`SELECT to_id FROM identity_links WHERE from_id = @id
      UNION SELECT from_id FROM identity_links WHERE to_id = @id`)
    .pluck();
  const merged = sqlite
    .prepare(`SELECT to_id FROM identity_merges WHERE from_id = @id
      UNION SELECT from_id FROM identity_merges WHERE to_id = @id`)
    .pluck();
  const isBlocked = blockMatcher(settings.blockList);
  const mailboxes = rewritesEmails(settings.emailRewrite) ? mailboxIndex(db, settings) : null;

  const region = new Set<number>();
  const profilesSeen = new Set<number>();
  const queue: number[] = [];
  const add = (id: number) => {
    if (region.has(id)) return;
    region.add(id);
    queue.push(id);
  };
  for (const id of seeds) add(id);
  while (queue.length) {
    if (region.size > cap) return null;
    const id = queue.pop()!;
    const row = identifier.get(id) as [string, string, number | null] | undefined;
    if (!row) continue;
    const [kind, value, profile] = row;
    if (profile !== null && !profilesSeen.has(profile)) {
      profilesSeen.add(profile);
      for (const member of members.all(profile) as number[]) add(member);
    }
    for (const other of merged.all({ id }) as number[]) add(other);
    if (isBlocked(kind, value)) continue;
    for (const other of linked.all({ id }) as number[]) add(other);
    if (mailboxes && kind === "email") {
      for (const other of mailboxes.get(rewriteEmail(value, settings.emailRewrite) ?? value) ?? []) add(other);
    }
  }
  return [...region];
}

function mailboxIndex(db: Db, settings: IdentitySettings): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const emails = db.$client.prepare("SELECT id, value FROM identifiers WHERE kind = 'email'").raw().iterate();
  for (const [id, value] of emails as Iterable<[number, string]>) {
    const mailbox = rewriteEmail(value, settings.emailRewrite) ?? value;
    index.set(mailbox, [...(index.get(mailbox) ?? []), id]);
  }
  return index;
}

/** Puts the region's ids in the temp table the loader joins on. */
export function writeScope(db: Db, ids: readonly number[]): void {
  const sqlite = db.$client;
  sqlite.exec("CREATE TEMP TABLE IF NOT EXISTS identity_scope (id INTEGER PRIMARY KEY)");
  sqlite.exec("DELETE FROM identity_scope");
  const insert = sqlite.prepare("INSERT INTO identity_scope (id) VALUES (?)");
  for (const id of ids) insert.run(id);
}
