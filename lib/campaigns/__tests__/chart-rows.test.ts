import { describe, expect, it } from "vitest";

import { formatPValue, pValueClause, rateError } from "@/lib/campaigns/report/chart-rows";

describe("report chart rows", () => {
  it("a 30 % rate among 100 has a 95 % Wald half-width of 1.95996 × √(0.21 / 100) = 0.0898", () => {
    const [below, above] = rateError(0.3, 100)!;
    expect(below).toBeCloseTo(0.089817, 5);
    expect(above).toBeCloseTo(0.089817, 5);
  });

  it("clips the interval at 0 and 1 and gives nothing for an empty group", () => {
    expect(rateError(0.01, 10)![0]).toBeCloseTo(0.01, 12);
    expect(rateError(0.99, 10)![1]).toBeCloseTo(0.01, 12);
    expect(rateError(null, 0)).toBeUndefined();
  });

  it("writes p-values to two significant digits, and tiny ones as < 0.0001", () => {
    expect(formatPValue(0.028459, "en")).toBe("0.028");
    expect(formatPValue(0.0047, "zh-CN")).toBe("0.0047");
    expect(formatPValue(3e-9, "en")).toBe("< 0.0001");
    expect(formatPValue(null, "en")).toBe("—");
    expect(pValueClause(0.0047, "en")).toBe("= 0.0047");
    expect(pValueClause(3e-9, "en")).toBe("< 0.0001");
  });
});
