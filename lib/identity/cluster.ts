import type { ReviewRule } from "@/db/schema/identity";

import type { IdentityGraph } from "./graph";
import { explainJoins } from "./explain-joins";
import { createGuardState, forEachUsable, type GuardState, type Label } from "./guards/guard-state";
import { hasSplitConflict, settleComponent } from "./guards/settle-component";
import { groupMembers, UnionFind } from "./union-find";

export type ManualMerge = { id: number; a: number; b: number };

export type ClusterOptions = {
  limitOf: Int32Array;
  maxShared: number;
  labels: Map<number, Label[]>;
  // In the order they were made.
  merges: ManualMerge[];
};

export const STATUS_JOINED = 0;
export const STATUS_BLOCKED = 1;
export const STATUS_HELD = 2;

export type ClusterReview = {
  rule: ReviewRule;
  node: number;
  other: number;
  detail: Record<string, string | number>;
  // Canonical nodes of the profiles kept apart.
  profiles: number[];
};

/** Each identifier's profile (named by its canonical node), status and join explanation. */
export type Clustering = {
  canonical: Int32Array;
  status: Uint8Array;
  viaNode: Int32Array;
  viaRule: Uint8Array;
  viaRef: Int32Array;
  reviews: ClusterReview[];
};

/**
 * Groups identifiers into profiles. Links join what they connect, except
 * that blocked identifiers join nothing and the guards settle groups they
 * object to (see settleComponent). Manual merges then join whole profiles,
 * and an identifier held apart whose links all end in one profile rejoins
 * it. A profile is named by its smallest key. The result depends only on the
 * graph's content, so any import order gives the same profiles.
 */
export function clusterIdentities(graph: IdentityGraph, options: ClusterOptions): Clustering {
  const state = createGuardState(graph, options.limitOf, options.maxShared, options.labels);
  const groups = new UnionFind(graph.size);
  settleAll(state, groups);

  const sideOf = labelMaps(state, groups);
  const acceptedMerges: ManualMerge[] = [];
  const refusedMerges: ClusterReview[] = [];
  for (const merge of options.merges) {
    const conflict = joinUnlessSplit(groups, sideOf, merge.a, merge.b);
    if (conflict === null) acceptedMerges.push(merge);
    else refusedMerges.push({ rule: "split", node: merge.a, other: merge.b, detail: { split: conflict }, profiles: [] });
  }
  for (const node of rejoinHeld(state, groups, sideOf)) state.cut[node] = 0;

  const canonical = canonicalNodes(graph, groups);
  const status = new Uint8Array(graph.size);
  for (let node = 0; node < graph.size; node++) {
    if (graph.blocked[node]) status[node] = STATUS_BLOCKED;
    else if (state.cut[node]) status[node] = STATUS_HELD;
  }
  const via = explainJoins(state, canonical, acceptedMerges);
  const reviews = collectReviews(state, canonical, status, [...state.reviews, ...refusedMerges]);
  return { canonical, status, ...via, reviews };
}

/** Raw groups over links between unblocked identifiers, each settled by the guards if needed. */
function settleAll(state: GuardState, groups: UnionFind) {
  const { graph } = state;
  const raw = new UnionFind(graph.size);
  for (let e = 0; e < graph.edges.count; e++) {
    const [a, b] = [graph.edges.a[e], graph.edges.b[e]];
    if (!graph.blocked[a] && !graph.blocked[b]) raw.union(a, b);
  }
  const { setCount, start, order } = groupMembers(raw, graph.size);
  const smallestLimit = Math.min(...state.limitOf);
  // Holding an identifier apart as shared needs two established groups
  // beyond the limit of two or more each, plus the identifier itself.
  const sharedNeeds = 2 * (state.maxShared + 1) + 1;
  for (let k = 0; k < setCount; k++) {
    if (start[k + 1] - start[k] < 2) continue;
    const members = Array.from(order.subarray(start[k], start[k + 1]));
    const clean =
      members.length < sharedNeeds &&
      (members.length <= smallestLimit || !overLimit(state, members)) &&
      !hasSplitConflict(state, members);
    for (const part of clean ? [members] : settleComponent(state, members)) {
      for (const node of part) groups.union(part[0], node);
    }
  }
}

function overLimit(state: GuardState, members: number[]): boolean {
  const counts = new Map<number, number>();
  for (const node of members) {
    const cls = state.graph.classOf[node];
    const n = (counts.get(cls) ?? 0) + 1;
    if (n > state.limitOf[cls]) return true;
    counts.set(cls, n);
  }
  return false;
}

/** The split sides each group holds, for the groups that hold any. */
function labelMaps(state: GuardState, groups: UnionFind): Map<number, Map<number, number>> {
  const sideOf = new Map<number, Map<number, number>>();
  for (const [node, labels] of state.labels) {
    const root = groups.find(node);
    const sides = sideOf.get(root) ?? new Map<number, number>();
    for (const { split, side } of labels) sides.set(split, side);
    sideOf.set(root, sides);
  }
  return sideOf;
}

/** Joins the groups of a and b unless they hold opposite sides of a split; returns that split. */
function joinUnlessSplit(groups: UnionFind, sideOf: Map<number, Map<number, number>>, a: number, b: number): number | null {
  const [ra, rb] = [groups.find(a), groups.find(b)];
  if (ra === rb) return null;
  const [sa, sb] = [sideOf.get(ra), sideOf.get(rb)];
  if (sa && sb) {
    for (const [split, side] of sa) if (sb.has(split) && sb.get(split) !== side) return split;
  }
  const root = groups.union(ra, rb);
  if (sa || sb) sideOf.set(root, new Map([...(sa ?? []), ...(sb ?? [])]));
  return null;
}

/**
 * A held identifier whose usable links all end in one profile joins it when
 * that profile has room for it under the limits: nothing is left to keep
 * apart (a family email after a person merged the family's profiles).
 */
function rejoinHeld(state: GuardState, groups: UnionFind, sideOf: Map<number, Map<number, number>>): Set<number> {
  const { graph } = state;
  const targets = new Map<number, number>();
  for (let node = 0; node < graph.size; node++) {
    if (!state.cut[node]) continue;
    const roots = new Set<number>();
    forEachUsable(state, node, (other) => roots.add(groups.find(other)));
    if (roots.size === 1) targets.set(node, [...roots][0]);
  }
  if (targets.size === 0) return new Set();

  const wanted = new Set(targets.values());
  const counts = new Map<number, Int32Array>();
  for (let node = 0; node < graph.size; node++) {
    const root = groups.find(node);
    if (!wanted.has(root) || state.cut[node]) continue;
    const row = counts.get(root) ?? new Int32Array(graph.classes.length);
    row[graph.classOf[node]]++;
    counts.set(root, row);
  }
  const rejoined = new Set<number>();
  // In key order: when room runs out, which identifier gets it must not depend on import order.
  const ordered = [...targets].sort(([a], [b]) => (graph.keys[a] < graph.keys[b] ? -1 : 1));
  for (const [node, root] of ordered) {
    const row = counts.get(root)!;
    const cls = graph.classOf[node];
    if (row[cls] + 1 > state.limitOf[cls]) continue;
    if (joinUnlessSplit(groups, sideOf, node, root) !== null) continue;
    row[cls]++;
    rejoined.add(node);
  }
  return rejoined;
}

/** The node with the smallest key in each final group. */
function canonicalNodes(graph: IdentityGraph, groups: UnionFind): Int32Array {
  const best = new Int32Array(graph.size).fill(-1);
  for (let node = 0; node < graph.size; node++) {
    const root = groups.find(node);
    if (best[root] < 0 || graph.keys[node] < graph.keys[best[root]]) best[root] = node;
  }
  const canonical = new Int32Array(graph.size);
  for (let node = 0; node < graph.size; node++) canonical[node] = best[groups.find(node)];
  return canonical;
}

/** The cases still standing once profiles are final, one per rule and pair. */
function collectReviews(
  state: GuardState,
  canonical: Int32Array,
  status: Uint8Array,
  pending: Omit<ClusterReview, "profiles">[],
) {
  const { graph } = state;
  const byKey = (a: number, b: number) => (graph.keys[a] < graph.keys[b] ? -1 : 1);
  const seen = new Set<string>();
  const reviews: ClusterReview[] = [];
  for (const review of pending) {
    let profiles: number[];
    if (review.other < 0) {
      if (status[review.node] !== STATUS_HELD) continue;
      const apart = new Set<number>();
      forEachUsable(state, review.node, (other) => apart.add(canonical[other]));
      profiles = [...apart];
    } else {
      if (canonical[review.node] === canonical[review.other]) continue;
      profiles = [canonical[review.node], canonical[review.other]];
    }
    const id = `${review.rule}:${review.node}:${review.other}`;
    if (seen.has(id)) continue;
    seen.add(id);
    reviews.push({ ...review, profiles: profiles.sort(byKey) });
  }
  const text = (r: ClusterReview) => `${r.rule} ${graph.keys[r.node]} ${r.other < 0 ? "" : graph.keys[r.other]}`;
  return reviews.sort((a, b) => (text(a) < text(b) ? -1 : 1));
}
