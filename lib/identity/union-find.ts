/** Disjoint sets over 0..size-1 with path halving and union by size. */
export class UnionFind {
  private parent: Int32Array;
  private size: Int32Array;

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.size = new Int32Array(count).fill(1);
    for (let i = 0; i < count; i++) this.parent[i] = i;
  }

  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }

  /** Joins the sets of a and b; returns the root of the joined set. */
  union(a: number, b: number): number {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    return ra;
  }
}

/** Members of every set, grouped: `order` lists nodes set by set, `start[k]..start[k+1]` is set k. */
export function groupMembers(sets: UnionFind, count: number) {
  const rootOf = new Int32Array(count);
  const setOfRoot = new Int32Array(count).fill(-1);
  let setCount = 0;
  for (let i = 0; i < count; i++) {
    const root = sets.find(i);
    rootOf[i] = root;
    if (setOfRoot[root] < 0) setOfRoot[root] = setCount++;
  }
  const start = new Int32Array(setCount + 1);
  for (let i = 0; i < count; i++) start[setOfRoot[rootOf[i]] + 1]++;
  for (let k = 0; k < setCount; k++) start[k + 1] += start[k];
  const fill = start.slice(0, setCount);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[fill[setOfRoot[rootOf[i]]]++] = i;
  return { setCount, start, order, rootOf };
}
