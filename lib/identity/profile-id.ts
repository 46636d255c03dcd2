/**
 * A profile's id is a 52-bit number hashed from its canonical key (the
 * smallest identifier it holds), so resolving the same data always gives the
 * same ids whatever order the files came in. 52 bits keep the id an exact
 * JavaScript number and make a collision among a million profiles about one
 * in ten thousand; `assignProfileIds` settles those deterministically.
 *
 * The hash is two 32-bit multiply-xorshift lanes over the key's UTF-16 code
 * units, finished so every input bit reaches every output bit. It is not
 * cryptographic (ids are not secrets) and is ten times cheaper than SHA-256,
 * which matters for a million keys.
 */
export function hashProfileKey(key: string): number {
  let a = 0x9e3779b9 ^ key.length;
  let b = 0x7f4a7c15;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x85ebca77);
    a ^= a >>> 15;
    b = Math.imul(b ^ c, 0xc2b2ae3d);
    b ^= b >>> 13;
  }
  a = finish(a ^ Math.imul(b, 0x27d4eb2f));
  b = finish(b ^ Math.imul(a, 0x165667b1));
  return (b & 0xfffff) * 2 ** 32 + (a >>> 0) + 1;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return h ^ (h >>> 16);
}

/** Ids for canonical keys; on a collision the key that sorts later moves up by one. */
export function assignProfileIds(keys: string[]): Map<string, number> {
  const ids = new Map<string, number>();
  const taken = new Set<number>();
  for (const key of [...keys].sort()) {
    let id = hashProfileKey(key);
    while (taken.has(id)) id = id >= 2 ** 52 ? 1 : id + 1;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}
