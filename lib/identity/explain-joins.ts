import type { ManualMerge } from "./cluster";
import { RULE_MANUAL } from "./graph";
import { forEachUsable, type GuardState } from "./guards/guard-state";

type Step = { node: number; rule: number; ref: number };

/**
 * Why each identifier is in its profile: a breadth-first walk from the
 * profile's canonical identifier over the links the guards allowed and the
 * manual merges. Each identifier records the one it was reached from, by
 * which rule and with which import or merge. Neighbours are taken in key
 * order, so the explanation does not depend on import order either.
 */
export function explainJoins(state: GuardState, canonical: Int32Array, merges: ManualMerge[]) {
  const { graph } = state;
  const viaNode = new Int32Array(graph.size).fill(-1);
  const viaRule = new Uint8Array(graph.size);
  const viaRef = new Int32Array(graph.size);
  const manual = new Map<number, Step[]>();
  for (const merge of merges) {
    for (const [from, to] of [[merge.a, merge.b], [merge.b, merge.a]]) {
      const steps = manual.get(from) ?? [];
      steps.push({ node: to, rule: RULE_MANUAL, ref: merge.id });
      manual.set(from, steps);
    }
  }

  const visited = new Uint8Array(graph.size);
  const byContent = (x: Step, y: Step) =>
    x.node === y.node ? x.rule - y.rule || x.ref - y.ref : graph.keys[x.node] < graph.keys[y.node] ? -1 : 1;
  for (let root = 0; root < graph.size; root++) {
    if (canonical[root] !== root) continue;
    visited[root] = 1;
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const from = queue[i];
      const steps: Step[] = [];
      forEachUsable(state, from, (node, edge) => {
        if (visited[node] || canonical[node] !== root) return;
        steps.push({ node, rule: graph.edges.rule[edge], ref: graph.edges.ref[edge] });
      });
      for (const step of manual.get(from) ?? []) {
        if (!visited[step.node] && canonical[step.node] === root) steps.push(step);
      }
      if (steps.length > 1) steps.sort(byContent);
      for (const step of steps) {
        if (visited[step.node]) continue;
        visited[step.node] = 1;
        viaNode[step.node] = from;
        viaRule[step.node] = step.rule;
        viaRef[step.node] = step.ref;
        queue.push(step.node);
      }
    }
  }
  return { viaNode, viaRule, viaRef };
}
