import { snapshotDimensions } from "@/db/schema";

import { CODE_OF_INDEX, dimensionKeys, NOT_YET_CODE } from "./codes";

/**
 * One customer-period of the back-fill in two bytes: tier, stage and segment
 * positions in 4 bits each. Held for every customer and period until saved,
 * three one-byte codes took 120 MB at a million customers over 36 months.
 */
export const NOT_YET_CELL = 0xffff;

if (snapshotDimensions.some((d) => dimensionKeys[d].length > 16)) {
  throw new Error("a snapshot dimension outgrew the 4 bits a packed cell gives it");
}

export function packCell(tier: number, stage: number, segment: number): number {
  return tier | (stage << 4) | (segment << 8);
}

/**
 * A customer's periods as the three code strings customer_snapshots stores
 * (tiers, stages, segments), "-" where the cell is not yet a customer's.
 */
export function unpackRow(
  cells: Uint16Array, from: number, periods: number, scratch: Buffer[],
): string[] {
  const [tiers, stages, segments] = scratch;
  for (let p = 0; p < periods; p++) {
    const cell = cells[from + p];
    if (cell === NOT_YET_CELL) {
      tiers[p] = stages[p] = segments[p] = NOT_YET_CODE;
      continue;
    }
    tiers[p] = CODE_OF_INDEX[cell & 15];
    stages[p] = CODE_OF_INDEX[(cell >> 4) & 15];
    segments[p] = CODE_OF_INDEX[cell >> 8];
  }
  return scratch.map((codes) => codes.toString("latin1", 0, periods));
}
