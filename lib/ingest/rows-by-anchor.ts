// Ids up to this are counted in the array (64 MB at most); SQLite gives identifiers dense row ids.
const DENSE_IDS = 16_000_000;

/**
 * Rows per anchor identifier: which customers a file's rows belong to. Counted in a typed array
 * indexed by the identifier's id, 4 bytes per identifier up to the largest seen, where a Map of a
 * million anchors held 30–40 MB of heap from the first row to the end of the resolution.
 */
export class RowsByAnchor {
  private counts = new Int32Array(1024);
  // Ids past the dense range, should a database ever have them.
  private readonly sparse = new Map<number, number>();
  /** Rows of anchor 0: anonymous records stored before, whose customer already exists. */
  storedAnonymous = 0;
  /** Rows of every other anchor. */
  anchored = 0;

  add(anchor: number, rows: number): void {
    if (anchor === 0) {
      this.storedAnonymous += rows;
      return;
    }
    this.anchored += rows;
    if (anchor >= DENSE_IDS) {
      this.sparse.set(anchor, (this.sparse.get(anchor) ?? 0) + rows);
      return;
    }
    if (anchor >= this.counts.length) {
      const larger = new Int32Array(Math.max(anchor + 1, this.counts.length * 2));
      larger.set(this.counts);
      this.counts = larger;
    }
    this.counts[anchor] += rows;
  }

  /** The rows of this identifier's records; 0 when it anchored none. */
  of(id: number): number {
    if (id >= DENSE_IDS) return this.sparse.get(id) ?? 0;
    return id < this.counts.length ? this.counts[id] : 0;
  }

  clear(): void {
    this.counts = new Int32Array(0);
    this.sparse.clear();
  }
}
