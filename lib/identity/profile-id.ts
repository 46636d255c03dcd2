import { createHash } from "node:crypto";

/**
 * A profile's id is a 52-bit number hashed from its canonical key (the
 * smallest identifier it holds), so resolving the same data always gives the
 * same ids whatever order the files came in. 52 bits keep the id an exact
 * JavaScript number and make a collision among a million profiles about one
 * in ten thousand; `assignProfileIds` settles those deterministically.
 */
export function hashProfileKey(key: string): number {
  const digest = createHash("sha256").update(key).digest();
  return (digest.readUInt32BE(0) & 0xfffff) * 2 ** 32 + digest.readUInt32BE(4) + 1;
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
