/**
 * Profile id → dense index (0, 1, 2, … in order of first sight), as an
 * open-addressing hash table over typed arrays. Profile ids are 52-bit
 * numbers; a Map keyed by them boxes every key and costs seconds over
 * millions of orders, this costs milliseconds.
 */
// Slots filled before the table doubles. Three quarters rather than half: a million profiles
// just past 2^20 took 4 M slots (48 MB per index, two indexes alive in a large import's profile
// refresh) instead of 2 M, for a few more probes per lookup.
const MAX_LOAD = 0.75;

const bits = new Float64Array(1);
const halves = new Uint32Array(bits.buffer);

export class IdIndex {
  private keys: Float64Array;
  private slots: Int32Array;
  private mask: number;
  readonly ids: number[] = [];

  constructor(expected = 1024) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, expected / MAX_LOAD)));
    this.keys = new Float64Array(capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.ids.length;
  }

  /** The id's index, adding it when new. */
  add(id: number): number {
    let at = this.home(id);
    while (this.slots[at] >= 0) {
      if (this.keys[at] === id) return this.slots[at];
      at = (at + 1) & this.mask;
    }
    const index = this.ids.length;
    this.ids.push(id);
    this.keys[at] = id;
    this.slots[at] = index;
    if (this.ids.length > this.mask * MAX_LOAD) this.grow();
    return index;
  }

  /** The id's index, or −1. */
  find(id: number): number {
    for (let at = this.home(id); this.slots[at] >= 0; at = (at + 1) & this.mask) {
      if (this.keys[at] === id) return this.slots[at];
    }
    return -1;
  }

  /** Hash of the id's 64 bits, read through a shared view instead of dividing a double. */
  private home(id: number): number {
    bits[0] = id;
    return Math.imul(halves[0] ^ Math.imul(halves[1], 0x85ebca6b), 0x9e3779b1) & this.mask;
  }

  private grow() {
    const [keys, slots] = [this.keys, this.slots];
    this.keys = new Float64Array(keys.length * 2);
    this.slots = new Int32Array(keys.length * 2).fill(-1);
    this.mask = keys.length * 2 - 1;
    for (let i = 0; i < keys.length; i++) {
      if (slots[i] < 0) continue;
      let at = this.home(keys[i]);
      while (this.slots[at] >= 0) at = (at + 1) & this.mask;
      this.keys[at] = keys[i];
      this.slots[at] = slots[i];
    }
  }
}
