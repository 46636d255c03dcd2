/**
 * Collapses identical rows into (representative, count) pairs, in order of first appearance.
 * Likelihoods are sums over customers, and real cohorts repeat the same (x, t_x, T) many times
 * (all one-time buyers of one day share a row), so evaluating each distinct row once makes fits
 * several times faster without changing a single term. Rows are told apart by a few numbers
 * (compared as Map keys are: NaN equals NaN, −0 equals 0), found through an open-addressing
 * table on their bits: string keys or nested Maps of non-integer doubles cost more than the
 * grouping saves on a cohort of mostly distinct rows.
 */
export function groupIdentical<T>(
  rows: readonly T[],
  key: (row: T) => readonly number[],
): { row: T; count: number }[] {
  const groups: { row: T; count: number }[] = [];
  if (rows.length === 0) return groups;
  const width = key(rows[0]).length;
  // Each group's key, flat: comparing against it reads one array, not one per group.
  const keys = new Float64Array(rows.length * width);
  // At most half full, so probe runs stay short and the table never grows.
  const mask = (1 << Math.ceil(Math.log2(2 * rows.length + 2))) - 1;
  const slots = new Int32Array(mask + 1).fill(-1);
  for (const row of rows) {
    const parts = key(row);
    let slot = hashOf(parts) & mask;
    while (slots[slot] !== -1 && !sameKey(keys, slots[slot] * width, parts)) slot = (slot + 1) & mask;
    if (slots[slot] !== -1) groups[slots[slot]].count += 1;
    else {
      slots[slot] = groups.length;
      keys.set(parts, groups.length * width);
      groups.push({ row, count: 1 });
    }
  }
  return groups;
}

const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Mixes the 64 bits of each number (−0 as 0, every NaN alike) into 32. */
function hashOf(parts: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    bits[0] = part === 0 ? 0 : Number.isNaN(part) ? Number.NaN : part;
    hash = Math.imul(hash ^ words[0], 0x01000193);
    hash = Math.imul(hash ^ words[1], 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return (hash ^ (hash >>> 13)) >>> 0;
}

function sameKey(keys: Float64Array, offset: number, parts: readonly number[]): boolean {
  return parts.every((v, i) => keys[offset + i] === v || (Number.isNaN(v) && Number.isNaN(keys[offset + i])));
}
