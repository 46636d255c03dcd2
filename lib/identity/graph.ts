import { isPersonKey, limitClass } from "./identifier";

export const RULE_RECORD = 0;
export const RULE_MANUAL = 1;
export const RULE_EMAIL_REWRITE = 2;
export const ruleNames = ["record", "manual", "email_rewrite"] as const;

/** Links as parallel arrays: a million objects would cost several times the memory. */
export type EdgeList = { a: Int32Array; b: Int32Array; ref: Int32Array; rule: Uint8Array; count: number };

/**
 * The identifiers of one resolution (all of them, or one region) as nodes
 * 0..size-1 with their links in compressed adjacency form. `keys` are
 * "kind:value"; every tie is broken by key, never by node number, because
 * node numbers follow the order identifiers were first imported.
 */
export type IdentityGraph = {
  size: number;
  keys: string[];
  classOf: Int32Array;
  classes: string[];
  person: Uint8Array;
  blocked: Uint8Array;
  edges: EdgeList;
  offsets: Int32Array;
  adjacentNode: Int32Array;
  adjacentEdge: Int32Array;
};

export function buildGraph(
  keys: string[],
  edges: EdgeList,
  isBlocked: (kind: string, value: string) => boolean,
): IdentityGraph {
  const size = keys.length;
  const classIndex = new Map<string, number>();
  const classOf = new Int32Array(size);
  const person = new Uint8Array(size);
  const blocked = new Uint8Array(size);
  keys.forEach((key, i) => {
    const colon = key.indexOf(":");
    const kind = key.slice(0, colon);
    const value = key.slice(colon + 1);
    const cls = limitClass(kind, value);
    let index = classIndex.get(cls);
    if (index === undefined) classIndex.set(cls, (index = classIndex.size));
    classOf[i] = index;
    person[i] = isPersonKey(kind) ? 1 : 0;
    blocked[i] = isBlocked(kind, value) ? 1 : 0;
  });

  const offsets = new Int32Array(size + 1);
  for (let e = 0; e < edges.count; e++) {
    offsets[edges.a[e] + 1]++;
    offsets[edges.b[e] + 1]++;
  }
  for (let i = 0; i < size; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, size);
  const adjacentNode = new Int32Array(edges.count * 2);
  const adjacentEdge = new Int32Array(edges.count * 2);
  for (let e = 0; e < edges.count; e++) {
    const [a, b] = [edges.a[e], edges.b[e]];
    adjacentNode[fill[a]] = b;
    adjacentEdge[fill[a]++] = e;
    adjacentNode[fill[b]] = a;
    adjacentEdge[fill[b]++] = e;
  }
  return {
    size,
    keys,
    classOf,
    classes: [...classIndex.keys()],
    person,
    blocked,
    edges,
    offsets,
    adjacentNode,
    adjacentEdge,
  };
}

/** A growable edge list for loaders and tests. */
export class EdgeBuilder {
  private list: EdgeList = {
    a: new Int32Array(1024),
    b: new Int32Array(1024),
    ref: new Int32Array(1024),
    rule: new Uint8Array(1024),
    count: 0,
  };

  add(a: number, b: number, ref: number, rule: number): void {
    if (a === b) return;
    if (this.list.count === this.list.a.length) this.grow();
    const list = this.list;
    list.a[list.count] = a;
    list.b[list.count] = b;
    list.ref[list.count] = ref;
    list.rule[list.count++] = rule;
  }

  build(): EdgeList {
    return this.list;
  }

  private grow() {
    const old = this.list;
    const capacity = old.a.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(from: T, to: T) => (to.set(from), to);
    this.list = {
      a: copy(old.a, new Int32Array(capacity)),
      b: copy(old.b, new Int32Array(capacity)),
      ref: copy(old.ref, new Int32Array(capacity)),
      rule: copy(old.rule, new Uint8Array(capacity)),
      count: old.count,
    };
  }
}
