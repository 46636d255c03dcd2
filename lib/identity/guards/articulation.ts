import { excessOf, type GuardState } from "./guard-state";

/**
 * What removing each identifier of a connected piece would leave, for all of
 * them in one depth-first pass (Tarjan's articulation points): how many
 * parts, how many of them are established (two or more identifiers, one of
 * them a phone or email: a person on their own), and how far the parts would
 * still exceed the per-profile limits. Linear in the piece's size.
 */
export type PieceAnalysis = {
  established: Int32Array;
  parts: Int32Array;
  excessAfter: Int32Array;
  excess: number;
  // The key family most over its limit, for the review's sentence.
  worst: { cls: number; count: number; limit: number } | null;
};

export function analysePiece(state: GuardState, nodes: readonly number[]): PieceAnalysis {
  const { graph, local, refused, cut } = state;
  const n = nodes.length;
  nodes.forEach((node, i) => (local[node] = i));

  // Key families present in this piece, numbered locally.
  const familyOf = new Map<number, number>();
  for (const node of nodes) {
    const cls = graph.classOf[node];
    if (!familyOf.has(cls)) familyOf.set(cls, familyOf.size);
  }
  const F = familyOf.size;
  const limits = new Int32Array(F);
  for (const [cls, f] of familyOf) limits[f] = state.limitOf[cls];
  const own = new Int32Array(n);
  nodes.forEach((node, v) => (own[v] = familyOf.get(graph.classOf[node])!));

  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parentEdge = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const size = new Int32Array(n);
  const persons = new Int32Array(n);
  const counts = new Int32Array(n * F);
  // What the children that removing v cuts off hold between them.
  const apartSize = new Int32Array(n);
  const apartPersons = new Int32Array(n);
  const apartCounts = new Int32Array(n * F);
  const established = new Int32Array(n);
  const parts = new Int32Array(n);
  const excessAfter = new Int32Array(n);

  let time = 0;
  const enter = (v: number) => {
    disc[v] = low[v] = time++;
    cursor[v] = graph.offsets[nodes[v]];
    size[v] = 1;
    persons[v] = graph.person[nodes[v]];
    counts[v * F + own[v]] = 1;
  };
  enter(0);
  const stack = [0];
  while (stack.length) {
    const v = stack[stack.length - 1];
    const end = graph.offsets[nodes[v] + 1];
    let child = -1;
    while (cursor[v] < end && child < 0) {
      const k = cursor[v]++;
      const other = graph.adjacentNode[k];
      const edge = graph.adjacentEdge[k];
      const w = local[other];
      if (refused[edge] || cut[other] || graph.blocked[other] || w < 0 || edge === parentEdge[v]) continue;
      if (disc[w] >= 0) low[v] = Math.min(low[v], disc[w]);
      else child = w;
    }
    if (child >= 0) {
      parentEdge[child] = graph.adjacentEdge[cursor[v] - 1];
      enter(child);
      stack.push(child);
      continue;
    }
    stack.pop();
    if (!stack.length) break;
    const p = stack[stack.length - 1];
    low[p] = Math.min(low[p], low[v]);
    size[p] += size[v];
    persons[p] += persons[v];
    for (let f = 0; f < F; f++) counts[p * F + f] += counts[v * F + f];
    if (low[v] >= disc[p]) {
      apartSize[p] += size[v];
      apartPersons[p] += persons[v];
      for (let f = 0; f < F; f++) apartCounts[p * F + f] += counts[v * F + f];
      parts[p]++;
      if (size[v] >= 2 && persons[v] >= 1) established[p]++;
      excessAfter[p] += excessOf(counts.subarray(v * F, v * F + F), limits);
    }
  }
  if (time !== n) throw new Error(`analysePiece: piece of ${n} is not connected`);

  // The rest of the piece (the side of v's parent) is one more part.
  const total = counts.slice(0, F);
  const rest = new Int32Array(F);
  for (let v = 0; v < n; v++) {
    const restSize = n - 1 - apartSize[v];
    if (restSize === 0) continue;
    const restPersons = persons[0] - graph.person[nodes[v]] - apartPersons[v];
    for (let f = 0; f < F; f++) rest[f] = total[f] - apartCounts[v * F + f] - (own[v] === f ? 1 : 0);
    parts[v]++;
    if (restSize >= 2 && restPersons >= 1) established[v]++;
    excessAfter[v] += excessOf(rest, limits);
  }
  nodes.forEach((node) => (local[node] = -1));

  let worst: PieceAnalysis["worst"] = null;
  for (const [cls, f] of familyOf) {
    const over = total[f] - limits[f];
    const worse = !worst || over > worst.count - worst.limit ||
      (over === worst.count - worst.limit && graph.classes[cls] < graph.classes[worst.cls]);
    if (over > 0 && worse) worst = { cls, count: total[f], limit: limits[f] };
  }
  return { established, parts, excessAfter, excess: excessOf(total, limits), worst };
}
