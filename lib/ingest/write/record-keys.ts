import { createHash } from "node:crypto";

/** new: stored now; existing: an earlier import has it; mine: this import stored it already. */
export type Placement = "new" | "existing" | "mine";

// Keys of earlier imports that this import matched, so that the next
// identical row takes the next number; bounded so memory stays flat.
const CLAIM_LIMIT = 500_000;

/**
 * Gives records their keys. A record with an id is keyed by it. A record
 * without one is keyed by a hash of what its row says plus its occurrence:
 * the first identical row is #1, the second #2, so two real identical
 * purchases in one file stay two, while importing the file (or an export
 * that overlaps it) again matches them one for one and adds nothing.
 */
export class RecordKeys {
  private readonly claimed = new Set<string>();

  /** `found` hears the import that owns each record found already there. */
  constructor(
    private readonly importId: number,
    private readonly found: (owner: number) => void = () => {},
  ) {}

  /**
   * Places a record: `attempt(key)` inserts it and returns 0 when it did,
   * else the import id that owns the key already.
   */
  place(id: string | null, content: () => string, attempt: (key: string) => number): { key: string; placement: Placement } {
    if (id !== null) {
      const owner = attempt(id);
      const placement = owner === 0 ? "new" : owner === this.importId ? "mine" : "existing";
      if (placement === "existing") this.found(owner);
      return { key: id, placement };
    }
    const hash = contentHash(content());
    for (let n = 1; ; n++) {
      const key = `h:${hash}#${n}`;
      const owner = attempt(key);
      if (owner === 0) return { key, placement: "new" };
      if (owner === this.importId || this.claimed.has(key)) continue;
      if (this.claimed.size >= CLAIM_LIMIT) this.claimed.clear();
      this.claimed.add(key);
      this.found(owner);
      return { key, placement: "existing" };
    }
  }
}

export function contentHash(text: string): string {
  return createHash("sha1").update(text).digest("base64url").slice(0, 20);
}
