import { stages, tiers, type SnapshotDimension } from "@/db/schema";

import { rfmSegments } from "../rfm-segments";

/**
 * One character per period in customer_snapshots: the position of the tier,
 * stage or segment in its list ("0" = VIP, "1" = Gold, …), "-" while the
 * profile was not yet a customer (and for a prospect's segment). The lists
 * only ever grow at the end, so stored codes keep their meaning.
 */
export const NOT_YET = "-";
const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

export const dimensionKeys: Record<SnapshotDimension, readonly string[]> = {
  tier: tiers,
  stage: stages,
  segment: rfmSegments,
};

/** The column of customer_snapshots that holds a dimension. */
export const dimensionColumn: Record<SnapshotDimension, "tiers" | "stages" | "segments"> = {
  tier: "tiers",
  stage: "stages",
  segment: "segments",
};

/** Character codes (for a Uint8Array of history) of index 0, 1, … and of "not yet". */
export const CODE_OF_INDEX = Array.from(ALPHABET, (c) => c.charCodeAt(0));
export const NOT_YET_CODE = NOT_YET.charCodeAt(0);

export function codeOf(dimension: SnapshotDimension, key: string): string | null {
  if (key === NOT_YET) return NOT_YET;
  const index = dimensionKeys[dimension].indexOf(key);
  return index < 0 ? null : ALPHABET[index];
}

export function keyOf(dimension: SnapshotDimension, code: string): string {
  if (code === NOT_YET) return NOT_YET;
  return dimensionKeys[dimension][ALPHABET.indexOf(code)] ?? NOT_YET;
}
