import { forEachUsable, type GuardState } from "./guard-state";

/**
 * Joins the identifiers of a group link by link in key order, refusing any
 * link that would put both sides of a person's split in one profile. Key
 * order (not import order) makes the outcome the same whatever order the
 * files came in: a new identifier linked to both sides joins the side its
 * smallest link reaches. Returns the joined parts.
 */
export function joinRespectingSplits(state: GuardState, nodes: readonly number[]): number[][] {
  const { graph, local } = state;
  nodes.forEach((node, i) => (local[node] = i));
  const edges: number[] = [];
  for (const node of nodes) {
    forEachUsable(state, node, (other, edge) => {
      if (local[other] >= 0 && graph.edges.a[edge] === node) edges.push(edge);
    });
  }
  edges.sort((x, y) => compareEdges(graph.keys, graph.edges, x, y));

  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const sides = nodes.map((node) => new Map((state.labels.get(node) ?? []).map((l) => [l.split, l.side])));
  for (const edge of edges) {
    const a = find(local[graph.edges.a[edge]]);
    const b = find(local[graph.edges.b[edge]]);
    if (a === b) continue;
    const split = splitConflict(sides[a], sides[b]);
    if (split !== null) {
      state.refused[edge] = 1;
      const [node, other] = orderedEnds(graph.keys, graph.edges, edge);
      state.reviews.push({ rule: "split", node, other, detail: { split } });
      continue;
    }
    const [big, small] = sides[a].size >= sides[b].size ? [a, b] : [b, a];
    parent[small] = big;
    for (const [id, side] of sides[small]) sides[big].set(id, side);
  }

  const parts = new Map<number, number[]>();
  nodes.forEach((node, i) => {
    const root = find(i);
    const part = parts.get(root);
    if (part) part.push(node);
    else parts.set(root, [node]);
  });
  nodes.forEach((node) => (local[node] = -1));
  return [...parts.values()];
}

/** The smallest split whose sides the two groups hold opposite ends of, if any. */
function splitConflict(a: Map<number, number>, b: Map<number, number>): number | null {
  let found: number | null = null;
  for (const [split, side] of a) {
    const other = b.get(split);
    if (other !== undefined && other !== side && (found === null || split < found)) found = split;
  }
  return found;
}

function orderedEnds(keys: string[], edges: { a: Int32Array; b: Int32Array }, edge: number): [number, number] {
  const [a, b] = [edges.a[edge], edges.b[edge]];
  return keys[a] < keys[b] ? [a, b] : [b, a];
}

/** Links by their smaller key, then their larger key: a total order by content. */
function compareEdges(
  keys: string[],
  edges: { a: Int32Array; b: Int32Array; rule: Uint8Array },
  x: number,
  y: number,
): number {
  const [x1, x2] = orderedEnds(keys, edges, x);
  const [y1, y2] = orderedEnds(keys, edges, y);
  return compareText(keys[x1], keys[y1]) || compareText(keys[x2], keys[y2]) || edges.rule[x] - edges.rule[y];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
