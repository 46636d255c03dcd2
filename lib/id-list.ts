/**
 * Profile ids gathered with repeats into a growing typed array and sorted
 * once at the end. A Set of a million boxed ids held 40–50 MB through a large
 * import's later steps; these take 8 bytes an id.
 */
export class IdList {
  private ids = new Float64Array(1024);
  private count = 0;

  add(id: number): void {
    if (this.count === this.ids.length) {
      const larger = new Float64Array(this.ids.length * 2);
      larger.set(this.ids);
      this.ids = larger;
    }
    this.ids[this.count++] = id;
  }

  /** Each id once, ascending. */
  distinct(): Float64Array {
    const sorted = this.ids.subarray(0, this.count).sort();
    let kept = 0;
    for (let k = 0; k < sorted.length; k++) {
      if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[kept++] = sorted[k];
    }
    return sorted.slice(0, kept);
  }
}
