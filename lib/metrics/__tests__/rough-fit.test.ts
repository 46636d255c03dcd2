import { describe, expect, it } from "vitest";

import { isRoughFit } from "@/lib/metrics/predictions/rough-fit";
import { fitModels } from "@/lib/predict/fit";
import { loadPublishedSummary } from "@/lib/predict/__tests__/cdnow";

describe("a fit whose predictions need a caution", () => {
  it("is not CDNOW's, which converges inside the box", () => {
    const models = fitModels(loadPublishedSummary(), { unit: "week" });
    expect(models.bgnbd.warnings).toEqual([]);
    expect(isRoughFit(models)).toBe(false);
  });

  it("is one where nobody repeated, so the fit rests on the box's edge", () => {
    const customers = Array.from({ length: 200 }, (_, i) => ({ x: 0, tx: 0, T: 1 + (i % 39), zbar: 0 }));
    expect(isRoughFit(fitModels(customers, { unit: "week" }))).toBe(true);
  });

  it("is not one whose spend model only left out zero-spend repeat buyers", () => {
    const noted = { bgnbd: { warnings: [] }, gammaGamma: { warnings: ["zero_spend_excluded"] } };
    expect(isRoughFit(noted as unknown as Parameters<typeof isRoughFit>[0])).toBe(false);
  });
});
