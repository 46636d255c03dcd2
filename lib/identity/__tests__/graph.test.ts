import { describe, expect, it } from "vitest";

import { buildGraph, EdgeBuilder, RULE_RECORD } from "../graph";

describe("EdgeBuilder", () => {
  it("keeps every link across its growth steps: 5,000 links in a chain", () => {
    const edges = new EdgeBuilder();
    for (let i = 0; i < 5000; i++) edges.add(i, i + 1, 1, RULE_RECORD);
    const list = edges.build();
    expect(list.count).toBe(5000);
    expect(Array.from(list.a.subarray(1022, 1027))).toEqual([1022, 1023, 1024, 1025, 1026]);
    const graph = buildGraph(Array.from({ length: 5001 }, (_, i) => `ext:x:${i}`), list, () => false);
    const degrees = Array.from({ length: 5001 }, (_, i) => graph.offsets[i + 1] - graph.offsets[i]);
    expect(degrees.filter((d) => d === 2)).toHaveLength(4999);
  });

  it("drops a link from an identifier to itself", () => {
    const edges = new EdgeBuilder();
    edges.add(3, 3, 1, RULE_RECORD);
    expect(edges.build().count).toBe(0);
  });
});
