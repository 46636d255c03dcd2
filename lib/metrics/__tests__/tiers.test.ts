import { describe, expect, it } from "vitest";

import { assignTiers, tierBand } from "../tiers";

const shares = { vip: 0.01, gold: 0.04, silver: 0.15, bronze: 0.3 };
const count = (tiers: string[]) =>
  tiers.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t]: (acc[t] ?? 0) + 1 }), {});

describe("assignTiers", () => {
  it("cuts 200 distinct buyers into 2 VIP, 8 Gold, 30 Silver, 60 Bronze, 100 Base", () => {
    const values = Array.from({ length: 200 }, (_, i) => 1000 - i);
    const tiers = assignTiers(values, shares);
    expect(count(tiers)).toEqual({ vip: 2, gold: 8, silver: 30, bronze: 60, base: 100 });
    expect(tiers[0]).toBe("vip");
    expect(tiers[199]).toBe("base");
  });

  it("keeps a tie at the VIP edge together in the better tier", () => {
    // Ranks 1 and 2 share a value; the VIP edge falls between them.
    const values = [900, 800, 800, ...Array.from({ length: 97 }, (_, i) => 100 - i)];
    const tiers = assignTiers(values, shares);
    expect(tiers.slice(0, 3)).toEqual(["vip", "gold", "gold"]);
    const edgeTie = assignTiers([900, 900, ...Array.from({ length: 98 }, (_, i) => 100 - i)], shares);
    expect(edgeTie.slice(0, 2)).toEqual(["vip", "vip"]);
  });

  it("cuts where ranking every buyer would, with ties and shares that round to nobody", () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const n of [1, 3, 40, 999]) {
      const values = Array.from({ length: n }, () => Math.floor(next() * 12) * 10);
      for (const tierShares of [shares, { vip: 0, gold: 0.1, silver: 0.2, bronze: 0.7 }]) {
        const sorted = [...values].sort((a, b) => b - a);
        let total = 0;
        const { vip, gold, silver, bronze } = tierShares;
        const cuts = [vip, gold, silver, bronze].map((share) => {
          total += share;
          const edge = Math.round(n * Math.min(total, 1));
          return edge === 0 ? Infinity : sorted[edge - 1];
        });
        const expected = values.map((v) => {
          const tier = cuts.findIndex((cut) => v >= cut);
          return v <= 0 || tier < 0 ? "base" : ["vip", "gold", "silver", "bronze"][tier];
        });
        expect(assignTiers(values, tierShares)).toEqual(expected);
      }
    }
  });

  it("puts buyers with no spend in the window in Base, whatever their rank", () => {
    expect(assignTiers([0, 0, 0], { vip: 0.5, gold: 0.5, silver: 0, bronze: 0 })).toEqual(["base", "base", "base"]);
  });
});

describe("the band a tier holds", () => {
  it("counts each ranked tier's share from the top, and has none for Base", () => {
    const shares = { vip: 0.01, gold: 0.04, silver: 0.15, bronze: 0.3 };
    expect(tierBand("vip", shares)).toEqual({ from: 0, to: 0.01 });
    expect(tierBand("gold", shares)).toEqual({ from: 0.01, to: 0.05 });
    expect(tierBand("bronze", shares)).toEqual({ from: 0.2, to: 0.5 });
    expect(tierBand("base", shares)).toBeNull();
  });
});
