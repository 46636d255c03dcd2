import { describe, expect, it } from "vitest";

import { appendAt, nodeAt, replaceAt } from "../builder/edit-rule";
import type { Condition } from "../rule/conditions";
import type { Group } from "../rule/rule";

const tier: Condition = { type: "choice", field: "tier", op: "in", values: ["vip"] };
const city: Condition = { type: "text", field: "city", op: "is", values: ["上海"] };
const inner: Group = { type: "group", match: "any", negate: false, children: [city] };
const root: Group = { type: "group", match: "all", negate: false, children: [tier, inner] };

describe("segments: editing a rule in the builder", () => {
  it("replaces a condition inside a nested group and leaves the rest untouched", () => {
    const gold: Condition = { ...tier, values: ["gold"] };
    const next = replaceAt(root, [1, 0], gold);
    expect(nodeAt(next, [1, 0])).toEqual(gold);
    expect(next.children[0]).toBe(tier);
    expect(root.children[1]).toBe(inner);
  });

  it("removes a node", () => {
    expect(replaceAt(root, [0], null).children).toEqual([inner]);
    expect((replaceAt(root, [1, 0], null).children[1] as Group).children).toEqual([]);
  });

  it("appends to a nested group", () => {
    expect((appendAt(root, [1], tier).children[1] as Group).children).toEqual([city, tier]);
  });

  it("refuses to remove the root", () => {
    expect(() => replaceAt(root, [], null)).toThrow(RangeError);
  });
});
