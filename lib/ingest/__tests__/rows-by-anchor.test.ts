import { describe, expect, it } from "vitest";

import { RowsByAnchor } from "../rows-by-anchor";

describe("RowsByAnchor", () => {
  it("sums each anchor's rows, keeps anchor 0 apart, and grows past its first size", () => {
    const rows = new RowsByAnchor();
    rows.add(7, 3);
    rows.add(0, 2);
    rows.add(7, 1);
    rows.add(250_000, 5);
    rows.add(20_000_000, 4); // beyond the dense range
    rows.add(20_000_000, 1);
    expect([rows.of(7), rows.of(250_000), rows.of(20_000_000)]).toEqual([4, 5, 5]);
    expect([rows.of(8), rows.of(1_000_000), rows.of(20_000_001)]).toEqual([0, 0, 0]);
    expect(rows.storedAnonymous).toBe(2);
    expect(rows.anchored).toBe(14);
    rows.clear();
    expect(rows.of(7)).toBe(0);
  });
});
