import type { ReviewRule } from "@/db/schema/identity";

import type { IdentityGraph } from "../graph";

export type Label = { split: number; side: number };

/** A join a guard stopped: one identifier held apart, or one link refused (other ≥ 0). */
export type PendingReview = {
  rule: ReviewRule;
  node: number;
  other: number;
  detail: Record<string, string | number>;
};

/**
 * What the guards decide while settling components: identifiers held apart
 * (`cut`), links refused, and the cases to list for review.
 */
export type GuardState = {
  graph: IdentityGraph;
  limitOf: Int32Array;
  maxShared: number;
  labels: Map<number, Label[]>;
  cut: Uint8Array;
  refused: Uint8Array;
  reviews: PendingReview[];
  // Scratch: node → index inside the piece being analysed, -1 elsewhere.
  local: Int32Array;
};

export function createGuardState(
  graph: IdentityGraph,
  limitOf: Int32Array,
  maxShared: number,
  labels: Map<number, Label[]>,
): GuardState {
  return {
    graph,
    limitOf,
    maxShared,
    labels,
    cut: new Uint8Array(graph.size),
    refused: new Uint8Array(graph.edges.count),
    reviews: [],
    local: new Int32Array(graph.size).fill(-1),
  };
}

/** Calls `visit` for each link of `node` the guards still allow. */
export function forEachUsable(state: GuardState, node: number, visit: (other: number, edge: number) => void) {
  const { graph, cut, refused } = state;
  for (let k = graph.offsets[node]; k < graph.offsets[node + 1]; k++) {
    const other = graph.adjacentNode[k];
    const edge = graph.adjacentEdge[k];
    if (refused[edge] || cut[other] || graph.blocked[other]) continue;
    visit(other, edge);
  }
}

/** The connected parts of `nodes` over usable links, each sorted as found. */
export function connectedParts(state: GuardState, nodes: readonly number[]): number[][] {
  const seen = new Set<number>();
  const inside = new Set(nodes);
  const parts: number[][] = [];
  for (const start of nodes) {
    if (seen.has(start) || state.cut[start]) continue;
    const part = [start];
    seen.add(start);
    for (let i = 0; i < part.length; i++) {
      forEachUsable(state, part[i], (other) => {
        if (seen.has(other) || !inside.has(other)) return;
        seen.add(other);
        part.push(other);
      });
    }
    parts.push(part);
  }
  return parts;
}

/** Sum over key families of the values above the limit. */
export function excessOf(counts: ArrayLike<number>, limits: ArrayLike<number>): number {
  let excess = 0;
  for (let c = 0; c < counts.length; c++) if (counts[c] > limits[c]) excess += counts[c] - limits[c];
  return excess;
}
