import { IdIndex } from "@/lib/id-index";

import type { Clustering } from "./cluster";

const NONE = -1;

/**
 * The profiles one resolution settled, as the profile rows need them: per
 * profile id its key (its canonical identifier's) and its smallest email
 * and phone. Read off the graph's nodes on demand rather than copied into
 * a map of tuples per profile: at a million profiles those maps held a
 * third of a gigabyte through the whole profile refresh.
 */
export class ResolvedProfiles {
  private readonly profiles = new IdIndex();
  // Per profile (in the index's order) its canonical node.
  private readonly nodes: number[] = [];
  // Per canonical node: the node of the group's smallest email and phone.
  private readonly email: Int32Array;
  private readonly phone: Int32Array;

  constructor(
    private readonly keys: readonly string[],
    result: Clustering,
    profileOf: Float64Array,
  ) {
    this.email = new Int32Array(keys.length).fill(NONE);
    this.phone = new Int32Array(keys.length).fill(NONE);
    for (let node = 0; node < keys.length; node++) {
      const canonical = result.canonical[node];
      if (canonical === node && this.profiles.add(profileOf[node]) === this.nodes.length) {
        this.nodes.push(node);
      }
      const key = keys[node];
      const smallest =
        key.startsWith("email:") ? this.email : key.startsWith("phone:") ? this.phone : null;
      if (smallest && (smallest[canonical] === NONE || key < keys[smallest[canonical]])) {
        smallest[canonical] = node;
      }
    }
  }

  /** Every profile id this resolution settled. */
  ids(): readonly number[] {
    return this.profiles.ids;
  }

  has(id: number): boolean {
    return this.profiles.find(id) >= 0;
  }

  key(id: number): string | undefined {
    const node = this.nodeOf(id);
    return node === undefined ? undefined : this.keys[node];
  }

  /** The smallest email and phone, without their kind; undefined for a profile not settled here. */
  contacts(id: number): [string | null, string | null] | undefined {
    const node = this.nodeOf(id);
    if (node === undefined) return undefined;
    const value = (of: number) => (of === NONE ? null : this.keys[of].slice(6));
    return [value(this.email[node]), value(this.phone[node])];
  }

  private nodeOf(id: number): number | undefined {
    const at = this.profiles.find(id);
    return at < 0 ? undefined : this.nodes[at];
  }
}
