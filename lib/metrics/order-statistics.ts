/**
 * The values at some ranks of the ascending order (rank 0 = smallest), found
 * by quickselect on one copy: O(n) per rank instead of a full sort, which is
 * what scoring a million buyers once per snapshot period can afford. Whole
 * numbers within a span no wider than their count (order counts, recency in
 * days) are counted instead: two passes, no copy to shuffle.
 */
export function orderStatistics(values: Float64Array, ranks: readonly number[]): number[] {
  return countedStatistics(values, ranks) ?? selectedStatistics(values, ranks);
}

function countedStatistics(values: Float64Array, ranks: readonly number[]): number[] | null {
  if (values.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isInteger(v)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (max - min >= values.length) return null;
  const counts = new Uint32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) counts[values[i] - min]++;
  return ranks.map((rank) => {
    if (rank < 0 || rank >= values.length) return Number.NaN;
    let below = 0;
    for (let v = 0; ; v++) {
      below += counts[v];
      if (below > rank) return min + v;
    }
  });
}

function selectedStatistics(values: Float64Array, ranks: readonly number[]): number[] {
  const a = values.slice();
  const found = new Map<number, number>();
  let left = 0;
  for (const rank of [...new Set(ranks)].sort((x, y) => x - y)) {
    if (rank < 0 || rank >= a.length) continue;
    select(a, rank, left, a.length - 1);
    found.set(rank, a[rank]);
    // Everything at or after this rank now sits at or after it: the next search starts here.
    left = rank;
  }
  return ranks.map((rank) => found.get(rank) ?? Number.NaN);
}

/** Hoare quickselect: afterwards a[k] holds the k-th smallest of a[left..right]. */
function select(a: Float64Array, k: number, left: number, right: number) {
  let [lo, hi] = [left, right];
  while (hi > lo) {
    const pivot = medianOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const swap = a[i];
        a[i] = a[j];
        a[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function medianOfThree(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}
