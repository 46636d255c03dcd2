import { describe, expect, it } from "vitest";

import { wrapLabel } from "../wrap-label";

describe("an axis label wrapped to its band", () => {
  it("breaks between words, keeping each line within the width", () => {
    // 12 px: about 7.2 px a Latin character, so 100 px holds 13 of them.
    expect(wrapLabel("Lapsing high value, 5+ orders", 100, 12))
      .toEqual(["Lapsing high", "value, 5+", "orders"]);
    expect(wrapLabel("Whole campaign", 120, 12)).toEqual(["Whole campaign"]);
    expect(wrapLabel("Gold", 40, 12)).toEqual(["Gold"]);
  });

  it("breaks Chinese between characters, and ends a label too long for three lines in …", () => {
    expect(wrapLabel("整个活动", 30, 12)).toEqual(["整个", "活动"]);
    expect(wrapLabel("流失风险高价值客户五次以上", 30, 12, 3)).toEqual(["流失", "风险", "高价…"]);
  });
});
