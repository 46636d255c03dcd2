import { describe, expect, it } from "vitest";

import { edgeScores, quintileScores } from "../rfm";
import { fmScore, rfmSegment, rfmSegments } from "../rfm-segments";

describe("quintileScores", () => {
  it("scores 1–5 by the share of strictly worse values", () => {
    expect([...quintileScores(Float64Array.of(10, 20, 30, 40, 50), true)]).toEqual([1, 2, 3, 4, 5]);
    expect([...quintileScores(Float64Array.of(10, 20, 30, 40, 50), false)]).toEqual([5, 4, 3, 2, 1]);
  });

  it("gives a tie that straddles a quintile edge one score: six 1s of ten all score 1", () => {
    // Positions 0–5 hold the tie; without tie handling positions 2–5 would score 2 and 3.
    expect([...quintileScores(Float64Array.of(1, 1, 1, 1, 1, 1, 2, 3, 4, 5), true)]).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
  });

  it("handles one buyer and no buyers", () => {
    expect([...quintileScores(Float64Array.of(7), true)]).toEqual([1]);
    expect([...quintileScores(Float64Array.of(), true)]).toEqual([]);
  });
});

describe("edgeScores", () => {
  it("scores recency by days up to each edge: 30/90/180/365 → R 5 … R 1", () => {
    expect([...edgeScores(Float64Array.of(0, 30, 31, 90, 180, 365, 366), [30, 90, 180, 365], false)]).toEqual([5, 5, 4, 4, 3, 2, 1]);
  });

  it("scores frequency from each edge up: 2/3/5/10 orders → F 1 … F 5", () => {
    expect([...edgeScores(Float64Array.of(1, 2, 3, 4, 5, 9, 10, 40), [2, 3, 5, 10], true)]).toEqual([1, 2, 3, 3, 4, 4, 5, 5]);
  });
});

describe("rfmSegment", () => {
  it("rounds FM half up: F1 M2 is FM 2", () => {
    expect(fmScore(1, 2)).toBe(2);
    expect(fmScore(1, 1)).toBe(1);
    expect(fmScore(4, 5)).toBe(5);
  });

  it("maps every cell of the 5×5 grid, and every segment owns a cell", () => {
    const grid: string[][] = [];
    for (let r = 5; r >= 1; r--) grid.push([1, 2, 3, 4, 5].map((fm) => rfmSegment(r, fm, fm)));
    expect(grid).toEqual([
      ["new", "potential_loyalist", "loyal", "champions", "champions"],
      ["promising", "potential_loyalist", "loyal", "champions", "champions"],
      ["about_to_sleep", "potential_loyalist", "need_attention", "loyal", "loyal"],
      ["about_to_sleep", "about_to_sleep", "at_risk", "at_risk", "at_risk"],
      ["lost", "hibernating", "at_risk", "cant_lose", "cant_lose"],
    ]);
    expect(new Set(grid.flat())).toEqual(new Set(rfmSegments));
  });

  it("refuses scores outside 1–5", () => {
    expect(() => rfmSegment(0, 1, 1)).toThrow(RangeError);
  });
});
