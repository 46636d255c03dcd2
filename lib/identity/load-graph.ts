import type { Db } from "@/db/client";

import { rewriteEmail, rewritesEmails } from "./email-rewrite";
import { buildGraph, EdgeBuilder, RULE_EMAIL_REWRITE, RULE_RECORD, type IdentityGraph } from "./graph";
import { blockMatcher } from "./guards/block-list";
import type { Label } from "./guards/guard-state";
import type { ManualMerge } from "./cluster";
import type { IdentitySettings } from "./settings";

/** What an identifier row held before this run, to write only what changes. */
export type Previous = {
  profile: Float64Array;
  status: (string | null)[];
  viaId: Float64Array;
  viaRule: (string | null)[];
  viaRef: Float64Array;
};

export type LoadedGraph = {
  ids: Int32Array;
  graph: IdentityGraph;
  previous: Previous;
  labels: Map<number, Label[]>;
  merges: ManualMerge[];
};

type IdentifierRow = [number, string, string, number | null, string | null, number | null, string | null, number | null];

/**
 * Reads identifiers, links, merges and splits into a graph: all of them, or
 * only those whose ids are in the temp table `identity_scope` (a region that
 * holds whole connected groups, so the result equals a full run's there).
 */
export function loadGraph(db: Db, settings: IdentitySettings, scoped: boolean): LoadedGraph {
  const sqlite = db.$client;
  const join = (column: string) => (scoped ? `JOIN identity_scope s ON s.id = ${column}` : "");
  const count = scoped
    ? (sqlite.prepare("SELECT count(*) FROM identity_scope").pluck().get() as number)
    : (sqlite.prepare("SELECT count(*) FROM identifiers").pluck().get() as number);
  const ids = new Int32Array(count);
  const keys = new Array<string>(count);
  const previous: Previous = {
    profile: new Float64Array(count),
    status: new Array(count),
    viaId: new Float64Array(count),
    viaRule: new Array(count),
    viaRef: new Float64Array(count),
  };
  const node = new Map<number, number>();
  const rows = sqlite
    .prepare(`SELECT i.id, i.kind, i.value, i.profile_id, i.status, i.via_id, i.via_rule, i.via_ref
      FROM identifiers i ${join("i.id")} ORDER BY i.id`)
    .raw()
    .iterate() as Iterable<IdentifierRow>;
  let i = 0;
  for (const [id, kind, value, profile, status, viaId, viaRule, viaRef] of rows) {
    ids[i] = id;
    keys[i] = `${kind}:${value}`;
    node.set(id, i);
    previous.profile[i] = profile ?? NaN;
    previous.status[i] = status;
    previous.viaId[i] = viaId ?? NaN;
    previous.viaRule[i] = viaRule;
    previous.viaRef[i++] = viaRef ?? NaN;
  }
  if (i !== count) throw new Error(`loadGraph: expected ${count} identifiers, read ${i}`);

  const edges = new EdgeBuilder();
  // One link per pair, with the first import that saw it.
  const links = sqlite
    .prepare(`SELECT l.from_id, l.to_id, min(l.import_id) FROM identity_links l ${join("l.from_id")}
      GROUP BY l.from_id, l.to_id`)
    .raw()
    .iterate() as Iterable<[number, number, number]>;
  for (const [from, to, importId] of links) {
    const [a, b] = [node.get(from), node.get(to)];
    if (a !== undefined && b !== undefined) edges.add(a, b, importId, RULE_RECORD);
  }
  if (rewritesEmails(settings.emailRewrite)) addRewriteEdges(keys, edges, settings);

  const labels = new Map<number, Label[]>();
  for (const [split, id, side] of sqlite
    .prepare(`SELECT m.split_id, m.identifier_id, m.side FROM identity_split_members m ${join("m.identifier_id")}`)
    .raw()
    .iterate() as Iterable<[number, number, number]>) {
    const at = node.get(id);
    if (at !== undefined) labels.set(at, [...(labels.get(at) ?? []), { split, side }]);
  }
  const merges: ManualMerge[] = [];
  for (const [id, from, to] of sqlite
    .prepare(`SELECT m.id, m.from_id, m.to_id FROM identity_merges m ${join("m.from_id")} ORDER BY m.id`)
    .raw()
    .iterate() as Iterable<[number, number, number]>) {
    const [a, b] = [node.get(from), node.get(to)];
    if (a !== undefined && b !== undefined) merges.push({ id, a, b });
  }

  const graph = buildGraph(keys, edges.build(), blockMatcher(settings.blockList));
  return { ids, graph, previous, labels, merges };
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
