import { clusterIdentities, type Clustering } from "../cluster";
import { buildGraph, EdgeBuilder, RULE_RECORD, type IdentityGraph } from "../graph";
import { blockMatcher } from "../guards/block-list";
import type { Label } from "../guards/guard-state";
import { limitsFor } from "../guards/limits";
import { recordLinks } from "../record-links";
import { identitySettings, type IdentitySettings } from "../settings";

export type HandRecord = { keys: string[]; importId?: number };

/**
 * Hand-built records through the pure resolver: every pair of keys on a
 * record is a link, as importers write them. `order` permutes the nodes to
 * imitate another import order.
 */
export function clusterRecords(
  records: HandRecord[],
  options: {
    settings?: Partial<IdentitySettings>;
    splits?: { id: number; sides: string[][] }[];
    merges?: { id: number; a: string; b: string }[];
    order?: (keys: string[]) => string[];
  } = {},
) {
  const settings = identitySettings.parse(options.settings ?? {});
  const distinct = [...new Set(records.flatMap((r) => r.keys))];
  const keys = options.order ? options.order(distinct) : distinct;
  const node = new Map(keys.map((key, i) => [key, i]));
  // One link per pair, with the first import that saw it, as the loader reads them.
  const firstSeen = new Map<string, [number, number, number]>();
  for (const record of records) {
    for (const [a, b] of recordLinks(record.keys.map((key) => node.get(key)!))) {
      const ref = record.importId ?? 1;
      const known = firstSeen.get(`${a}-${b}`);
      if (!known || ref < known[2]) firstSeen.set(`${a}-${b}`, [a, b, ref]);
    }
  }
  const edges = new EdgeBuilder();
  for (const [a, b, ref] of firstSeen.values()) edges.add(a, b, ref, RULE_RECORD);
  const graph = buildGraph(keys, edges.build(), blockMatcher(settings.blockList));
  const labels = new Map<number, Label[]>();
  for (const split of options.splits ?? []) {
    split.sides.forEach((side, s) => side.forEach((key) => labels.set(node.get(key)!, [...(labels.get(node.get(key)!) ?? []), { split: split.id, side: s }])));
  }
  const merges = (options.merges ?? []).map((m) => ({ id: m.id, a: node.get(m.a)!, b: node.get(m.b)! }));
  const result = clusterIdentities(graph, {
    limitOf: limitsFor(graph.classes, settings),
    maxShared: settings.maxProfilesPerIdentifier,
    labels,
    merges,
  });
  return describe(graph, result);
}

/** The outcome in keys: profiles as sorted key lists, named by their smallest key. */
function describe(graph: IdentityGraph, result: Clustering) {
  const profiles = new Map<string, string[]>();
  for (let i = 0; i < graph.size; i++) {
    const name = graph.keys[result.canonical[i]];
    profiles.set(name, [...(profiles.get(name) ?? []), graph.keys[i]].sort());
  }
  const profileOf = (key: string) => graph.keys[result.canonical[graph.keys.indexOf(key)]];
  const status = (key: string) => ["joined", "blocked", "held"][result.status[graph.keys.indexOf(key)]];
  const via = (key: string) => {
    const i = graph.keys.indexOf(key);
    return result.viaNode[i] < 0 ? null : { from: graph.keys[result.viaNode[i]], rule: result.viaRule[i], ref: result.viaRef[i] };
  };
  const reviews = result.reviews.map((r) => ({
    rule: r.rule,
    identifier: graph.keys[r.node],
    other: r.other < 0 ? null : graph.keys[r.other],
    detail: r.detail,
    profiles: r.profiles.map((p) => graph.keys[p]),
  }));
  const groups = [...profiles.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { groups, profileOf, status, via, reviews };
}
