import { describe, expect, it } from "vitest";

import { NOT_YET_CELL, packCell, unpackRow } from "../snapshots/packed-cells";

describe("packed back-fill cells", () => {
  it("read back as the stored code strings: tier, stage, segment, '-' before the first order", () => {
    // Periods: not yet; Base / reactivated / hibernating (the last of each list); VIP / prospect / champions.
    const cells = Uint16Array.of(7, NOT_YET_CELL, packCell(4, 7, 10), packCell(0, 0, 0), 7);
    const scratch = [Buffer.alloc(3), Buffer.alloc(3), Buffer.alloc(3)];
    expect(unpackRow(cells, 1, 3, scratch)).toEqual(["-40", "-70", "-a0"]);
  });
});
