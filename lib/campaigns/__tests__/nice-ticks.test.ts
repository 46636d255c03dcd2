import { describe, expect, it } from "vitest";

import { niceTicks } from "@/lib/campaigns/report/nice-ticks";

describe("niceTicks", () => {
  it("ROI from 0 to 3.79 gets steps of 1: 0, 1, 2, 3, 4", () => {
    expect(niceTicks(0, 3.789)).toEqual([0, 1, 2, 3, 4]);
  });
  it("spans a loss and a gain with 0 among the ticks: −0.4 to 0.9 by 0.5", () => {
    expect(niceTicks(-0.4, 0.9)).toEqual([-0.5, 0, 0.5, 1]);
  });
  it("keeps 0 for an all-negative range and gives a default for nothing", () => {
    expect(niceTicks(-0.3, -0.1)).toEqual([-0.3, -0.2, -0.1, 0]);
    expect(niceTicks(0, 0)).toEqual([0, 1]);
  });
});
