import type { Db } from "@/db/client";

import type { ManualMerge } from "./cluster";
import { rewriteEmail, rewritesEmails } from "./email-rewrite";
import { buildGraph, EdgeBuilder, RULE_EMAIL_REWRITE, RULE_RECORD, type IdentityGraph } from "./graph";
import { blockMatcher } from "./guards/block-list";
import type { Label } from "./guards/guard-state";
import { readColumns } from "./read-columns";
import type { IdentitySettings } from "./settings";

/** What the identifier rows held before this run, to write only what changes. */
export type Previous = {
  profile: (number | null)[];
  status: (string | null)[];
  viaId: (number | null)[];
  viaRule: (string | null)[];
  viaRef: (number | null)[];
};

export type LoadedGraph = {
  ids: number[];
  graph: IdentityGraph;
  previous: Previous;
  labels: Map<number, Label[]>;
  merges: ManualMerge[];
};

/**
 * Reads identifiers, links, merges and splits into a graph: all of them, or
 * only those whose ids are in the temp table `identity_scope` (a region that
 * holds whole connected groups, so the result equals a full run's there).
 */
export function loadGraph(db: Db, settings: IdentitySettings, scoped: boolean): LoadedGraph {
  const sqlite = db.$client;
  // The region leads the join (CROSS JOIN fixes SQLite's order), so a small
  // region reads a few rows through the indexes instead of scanning tables.
  const from = (table: string, alias: string, column: string) =>
    scoped ? `identity_scope s CROSS JOIN ${table} ${alias} ON ${alias}.${column} = s.id` : `${table} ${alias}`;
  const [ids, profile, status, viaId, viaRule, viaRef] = readColumns(
    db,
    ["id", "profile_id", "status", "via_id", "via_rule", "via_ref"],
    `SELECT i.* FROM ${from("identifiers", "i", "id")} ORDER BY i.id`,
  ) as [number[], (number | null)[], (string | null)[], (number | null)[], (string | null)[], (number | null)[]];
  const keys = sqlite
    .prepare(`SELECT i.kind || ':' || i.value FROM ${from("identifiers", "i", "id")} ORDER BY i.id`)
    .pluck()
    .all() as string[];
  if (keys.length !== ids.length) throw new Error("loadGraph: identifiers changed while reading");

  // Identifier ids are dense (autoincrement): an array beats a million-entry Map.
  const nodeOf = new Int32Array((ids.at(-1) ?? 0) + 1).fill(-1);
  ids.forEach((id, node) => (nodeOf[id] = node));
  const node = (id: number) => (id < nodeOf.length ? nodeOf[id] : -1);

  // One link per pair, with the first import that saw it.
  const [linkFrom, linkTo, firstImport] = readColumns(
    db,
    ["from_id", "to_id", "first"],
    `SELECT l.from_id, l.to_id, min(l.import_id) AS first FROM ${from("identity_links", "l", "from_id")}
      GROUP BY l.from_id, l.to_id`,
  ) as number[][];
  const edges = new EdgeBuilder();
  linkFrom.forEach((id, k) => {
    const [a, b] = [node(id), node(linkTo[k])];
    if (a >= 0 && b >= 0) edges.add(a, b, firstImport[k], RULE_RECORD);
  });
  if (rewritesEmails(settings.emailRewrite)) addRewriteEdges(keys, edges, settings);

  const labels = new Map<number, Label[]>();
  const members = sqlite
    .prepare(`SELECT m.split_id, m.identifier_id, m.side FROM ${from("identity_split_members", "m", "identifier_id")}`)
    .raw()
    .all() as [number, number, number][];
  for (const [split, id, side] of members) {
    const at = node(id);
    if (at >= 0) labels.set(at, [...(labels.get(at) ?? []), { split, side }]);
  }
  const merges: ManualMerge[] = [];
  const merged = sqlite
    .prepare(`SELECT m.id, m.from_id, m.to_id FROM ${from("identity_merges", "m", "from_id")} ORDER BY m.id`)
    .raw()
    .all() as [number, number, number][];
  for (const [id, a, b] of merged) {
    if (node(a) >= 0 && node(b) >= 0) merges.push({ id, a: node(a), b: node(b) });
  }

  const graph = buildGraph(keys, edges.build(), blockMatcher(settings.blockList));
  return { ids, graph, previous: { profile, status, viaId, viaRule, viaRef }, labels, merges };
}

/** Emails that deliver to one mailbox under the chosen provider rules are linked. */
function addRewriteEdges(keys: string[], edges: EdgeBuilder, settings: IdentitySettings) {
  const first = new Map<string, number>();
  const later: [number, string][] = [];
  keys.forEach((key, i) => {
    if (!key.startsWith("email:")) return;
    const email = key.slice(6);
    const mailbox = rewriteEmail(email, settings.emailRewrite) ?? email;
    later.push([i, mailbox]);
    const seen = first.get(mailbox);
    if (seen === undefined || key < keys[seen]) first.set(mailbox, i);
  });
  // Each address links to the mailbox's smallest address: a star, by key.
  for (const [i, mailbox] of later) edges.add(first.get(mailbox)!, i, 0, RULE_EMAIL_REWRITE);
}
