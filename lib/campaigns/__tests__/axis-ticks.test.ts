import { describe, expect, it } from "vitest";

import { treatmentHoldoutTicks } from "@/lib/campaigns/report/axis-ticks";

describe("treatmentHoldoutTicks", () => {
  it("gives all-zero rates an axis of a few per cent, not 0–400 %", () => {
    const rows = [{ label: "All", treatment: 0, holdout: null, treatmentError: [0, 0] as [number, number] }];
    expect(treatmentHoldoutTicks(rows, "percent")).toEqual([0, 0.02, 0.04, 0.06]);
  });

  it("reaches above the highest error bar and stays within 100 %", () => {
    const rows = [{ label: "All", treatment: 0.3, holdout: 0.1, treatmentError: [0.1, 0.12] as [number, number] }];
    expect(treatmentHoldoutTicks(rows, "percent")).toEqual([0, 0.2, 0.4, 0.6]);
    expect(treatmentHoldoutTicks([{ label: "All", treatment: 0.97, holdout: 1 }], "percent").at(-1)).toBe(1);
  });

  it("gives zero revenue a one-unit axis", () => {
    expect(treatmentHoldoutTicks([{ label: "All", treatment: 0, holdout: null }], "money")).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
