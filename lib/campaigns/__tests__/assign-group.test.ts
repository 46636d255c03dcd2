import { describe, expect, it } from "vitest";
import { assignGroup, hashToUnit, type Assignment, type SplitPlan } from "../assign-group";

const plan: SplitPlan = {
  holdoutShare: 0.1,
  variants: [
    { id: "A", weight: 60 },
    { id: "B", weight: 40 },
  ],
};
const label = (a: Assignment) => (a.group === "holdout" ? "holdout" : a.variantId);
const IDS = Array.from({ length: 100_000 }, (_, i) => i + 1);

function countLabels(campaignId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of IDS) {
    const l = label(assignGroup(campaignId, id, plan));
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return counts;
}

describe("assignGroup", () => {
  it("is deterministic: the same campaign and profile always land in the same group", () => {
    const first = IDS.slice(0, 1000).map((id) => label(assignGroup("spring-sale", id, plan)));
    const again = IDS.slice(0, 1000).map((id) => label(assignGroup("spring-sale", id, plan)));
    expect(again).toEqual(first);
    expect(hashToUnit("spring-sale", 42)).toBe(hashToUnit("spring-sale", "42"));
  });

  it("pins the hash so a changed input format cannot silently reshuffle live campaigns", () => {
    // First 53 bits of SHA-256("c1\u0000p1") / 2^53, computed independently.
    expect(hashToUnit("c1", "p1")).toBe(0x1aa481bb444e59 / 2 ** 53);
  });

  it("10 % holdout, then 60/40 of the rest: 10 % / 54 % / 36 % over 100,000 ids, each within ±0.5 pt (~5 sd)", () => {
    const counts = countLabels("spring-sale");
    expect(Math.abs(counts.get("holdout")! / IDS.length - 0.1)).toBeLessThan(0.005);
    expect(Math.abs(counts.get("A")! / IDS.length - 0.54)).toBeLessThan(0.005);
    expect(Math.abs(counts.get("B")! / IDS.length - 0.36)).toBeLessThan(0.005);
  });

  it("another campaign id reshuffles independently: same group for 0.1² + 0.54² + 0.36² = 43.1 % of ids, and 10 % of one holdout in the other's", () => {
    let same = 0;
    let holdoutInBoth = 0;
    let holdoutInFirst = 0;
    for (const id of IDS) {
      const a = label(assignGroup("spring-sale", id, plan));
      const b = label(assignGroup("summer-sale", id, plan));
      if (a === b) same++;
      if (a === "holdout") {
        holdoutInFirst++;
        if (b === "holdout") holdoutInBoth++;
      }
    }
    expect(Math.abs(same / IDS.length - 0.4312)).toBeLessThan(0.01);
    expect(Math.abs(holdoutInBoth / holdoutInFirst - 0.1)).toBeLessThan(0.015);
  });

  it("separates the two ids so ('1', '23') and ('12', '3') differ", () => {
    expect(hashToUnit("1", "23")).not.toBe(hashToUnit("12", "3"));
  });

  it("edge plans: holdout 1 holds everyone out; a zero-weight variant never gets anyone", () => {
    expect(IDS.slice(0, 500).every((id) => assignGroup("c", id, { holdoutShare: 1, variants: [] }).group === "holdout")).toBe(true);
    const zeroB: SplitPlan = { holdoutShare: 0, variants: [{ id: "A", weight: 1 }, { id: "B", weight: 0 }] };
    expect(IDS.slice(0, 500).every((id) => label(assignGroup("c", id, zeroB)) === "A")).toBe(true);
  });

  it("rejects invalid plans", () => {
    expect(() => assignGroup("c", 1, { holdoutShare: 1.5, variants: [{ id: "A", weight: 1 }] })).toThrow(RangeError);
    expect(() => assignGroup("c", 1, { holdoutShare: 0.1, variants: [] })).toThrow(RangeError);
    expect(() => assignGroup("c", 1, { holdoutShare: 0.1, variants: [{ id: "A", weight: 1 }, { id: "A", weight: 2 }] })).toThrow(RangeError);
    expect(() => assignGroup("c", 1, { holdoutShare: 0.1, variants: [{ id: "A", weight: -1 }] })).toThrow(RangeError);
  });
});
