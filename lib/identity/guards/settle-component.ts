import { analysePiece, type PieceAnalysis } from "./articulation";
import { connectedParts, type GuardState } from "./guard-state";
import { joinRespectingSplits } from "./greedy-join";

/**
 * Settles one connected group of identifiers that a guard objects to, and
 * returns the parts that may each become a profile:
 *
 * 1. a person's split: links across its sides are refused;
 * 2. a shared identifier (it would join more established profiles than the
 *    setting allows: a family email, a store's front-desk phone) is held
 *    apart, the most-joining one first;
 * 3. a profile over a key family's limit loses the identifier whose removal
 *    brings it closest to the limits, preferring the one that connects the
 *    most parts (removing any identifier of the family over its limit lowers
 *    the excess, so this always ends).
 *
 * Every decision depends on keys, never on import order.
 */
export function settleComponent(state: GuardState, nodes: number[]): number[][] {
  const settled: number[][] = [];
  const queue = hasSplitConflict(state, nodes) ? joinRespectingSplits(state, nodes) : [nodes];
  while (queue.length) {
    const piece = queue.pop()!;
    if (piece.length < 2) {
      settled.push(piece);
      continue;
    }
    const analysis = analysePiece(state, piece);
    const shared = pickShared(state, piece, analysis);
    if (shared >= 0) {
      const groups = analysis.established[piece.indexOf(shared)];
      holdApart(state, shared, "shared", { groups, limit: state.maxShared });
      queue.push(...connectedParts(state, piece));
      continue;
    }
    if (analysis.excess === 0) {
      settled.push(piece);
      continue;
    }
    const over = pickOverLimit(state, piece, analysis);
    const worst = analysis.worst!;
    holdApart(state, over, "limit", { scope: state.graph.classes[worst.cls], count: worst.count, limit: worst.limit });
    queue.push(...connectedParts(state, piece));
  }
  return settled;
}

/** Held apart, the identifier stays a profile of its own and the case is listed. */
function holdApart(state: GuardState, node: number, rule: "shared" | "limit", detail: Record<string, string | number>) {
  state.cut[node] = 1;
  state.reviews.push({ rule, node, other: -1, detail });
}

/** The identifier joining the most established profiles beyond the limit; ties by key. */
function pickShared(state: GuardState, piece: number[], analysis: PieceAnalysis): number {
  let best = -1;
  piece.forEach((node, v) => {
    const groups = analysis.established[v];
    if (groups <= state.maxShared) return;
    const current = best < 0 ? -1 : analysis.established[piece.indexOf(best)];
    if (groups > current || (groups === current && state.graph.keys[node] < state.graph.keys[best])) best = node;
  });
  return best;
}

/** The identifier whose removal leaves the least excess (then the most parts, then by key). */
function pickOverLimit(state: GuardState, piece: number[], analysis: PieceAnalysis): number {
  let best = -1;
  let bestIndex = -1;
  piece.forEach((node, v) => {
    if (analysis.excessAfter[v] >= analysis.excess) return;
    const better =
      best < 0 ||
      analysis.excessAfter[v] < analysis.excessAfter[bestIndex] ||
      (analysis.excessAfter[v] === analysis.excessAfter[bestIndex] &&
        (analysis.parts[v] > analysis.parts[bestIndex] ||
          (analysis.parts[v] === analysis.parts[bestIndex] && state.graph.keys[node] < state.graph.keys[best])));
    if (better) [best, bestIndex] = [node, v];
  });
  return best;
}

/** True when the group holds identifiers from both sides of one split. */
export function hasSplitConflict(state: GuardState, nodes: readonly number[]): boolean {
  if (state.labels.size === 0) return false;
  const sides = new Map<number, number>();
  for (const node of nodes) {
    for (const { split, side } of state.labels.get(node) ?? []) {
      const seen = sides.get(split);
      if (seen !== undefined && seen !== side) return true;
      sides.set(split, side);
    }
  }
  return false;
}
