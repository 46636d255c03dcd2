import { describe, expect, it } from "vitest";

import { shapeChannelMix } from "../channel-mix";

describe("shapeChannelMix", () => {
  it("gives each group's shares: VIP 3 web + 1 store = 75 % / 25 %; Base 1 web + 1 none", () => {
    const mix = shapeChannelMix([
      { group: "vip", channel: "web", customers: 3 },
      { group: "vip", channel: "store", customers: 1 },
      { group: "base", channel: "web", customers: 1 },
      { group: "base", channel: null, customers: 1 },
    ]);
    expect(mix).toEqual({
      channels: ["web", "store", "none"],
      rows: [
        { group: "vip", total: 4, shares: { web: 0.75, store: 0.25 } },
        { group: "base", total: 2, shares: { web: 0.5, none: 0.5 } },
      ],
    });
  });

  it("names the five commonest channels and folds the rest into other", () => {
    const channels = ["a", "b", "c", "d", "e", "f", "g"];
    const mix = shapeChannelMix(channels.map((channel, i) => ({ group: "all", channel, customers: 10 - i })));
    expect(mix.channels).toEqual(["a", "b", "c", "d", "e", "other"]);
    // f and g: 5 + 4 of 49 customers.
    expect(mix.rows[0].shares.other).toBeCloseTo(9 / 49, 10);
  });
});
