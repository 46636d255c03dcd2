import { describe, expect, it } from "vitest";

import { clusterRecords, type HandRecord } from "./build-records";

/** A small deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// People of every kind the guards meet: plain, guest checkouts, a family
// sharing an email, a front-desk phone, a person with two numbers.
const records: HandRecord[] = [
  { keys: ["email:maya@example.com", "phone:+14155550142"], importId: 1 },
  { keys: ["email:maya@example.com", "ext:stripe:cus_1"], importId: 2 },
  { keys: ["ext:hubspot:51", "email:maya@example.com", "phone:+14155550142"], importId: 3 },
  ...["C-1", "C-2", "C-3"].map((id) => ({ keys: ["email:li.na@example.com", `ext:orders:${id}`], importId: 1 })),
  { keys: ["email:home@example.com", "phone:+14155550101", "ext:shop:1"], importId: 1 },
  { keys: ["email:home@example.com", "phone:+14155550102", "ext:shop:2"], importId: 2 },
  ...Array.from({ length: 5 }, (_, i) => ({ keys: ["phone:+862150000000", `email:c${i}@example.com`, `ext:loyalty_card:${i}`], importId: 3 })),
  { keys: ["email:two@example.com", "phone:+14155550111"], importId: 2 },
  { keys: ["email:two@example.com", "phone:+14155550112"], importId: 3 },
];

describe("resolution does not depend on import order", () => {
  const baseline = clusterRecords(records);

  it("gives the expected profiles", () => {
    expect(baseline.groups.map((g) => g[0])).toEqual([
      "email:c0@example.com",
      "email:c1@example.com",
      "email:c2@example.com",
      "email:c3@example.com",
      "email:c4@example.com",
      "email:home@example.com",
      "email:li.na@example.com",
      "email:maya@example.com",
      "email:two@example.com",
      "ext:shop:1",
      "ext:shop:2",
      "phone:+862150000000",
    ]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("permutation %i: same profiles, names, explanations and reviews", (seed) => {
    const out = clusterRecords(shuffled(records, seed), { order: (keys) => shuffled(keys, seed * 31) });
    expect(out.groups).toEqual(baseline.groups);
    expect(out.reviews).toEqual(baseline.reviews);
    for (const key of baseline.groups.flat()) expect(out.via(key)).toEqual(baseline.via(key));
  });

  it("explains each join by the identifier, rule and first import that linked it", () => {
    expect(baseline.via("ext:stripe:cus_1")).toEqual({ from: "email:maya@example.com", rule: 0, ref: 2 });
    expect(baseline.via("phone:+14155550142")).toEqual({ from: "email:maya@example.com", rule: 0, ref: 1 });
    expect(baseline.via("email:maya@example.com")).toBeNull();
  });
});

describe("manual merges and splits", () => {
  const ada = [
    { keys: ["email:ada@example.com", "ext:web:7"] },
    { keys: ["phone:+14155550177", "ext:pos:3"] },
  ];

  it("a manual merge joins two profiles and is explained as one", () => {
    const out = clusterRecords(ada, { merges: [{ id: 4, a: "email:ada@example.com", b: "ext:pos:3" }] });
    expect(out.groups).toHaveLength(1);
    expect(out.via("ext:pos:3")).toEqual({ from: "email:ada@example.com", rule: 1, ref: 4 });
  });

  it("a split keeps its sides apart when later records link them; a new identifier joins by key order", () => {
    const joined = [...ada, { keys: ["email:ada@example.com", "phone:+14155550177"], importId: 2 }];
    expect(clusterRecords(joined).groups).toHaveLength(1);

    const splits = [{ id: 1, sides: [["email:ada@example.com", "ext:web:7"], ["phone:+14155550177", "ext:pos:3"]] }];
    const later = [...joined, { keys: ["email:new@example.com", "ext:web:7", "ext:pos:3"], importId: 3 }];
    const out = clusterRecords(later, { splits });
    // Its smallest link is email:new–ext:pos:3, so it joins that side.
    expect(out.groups).toEqual([
      ["email:ada@example.com", "ext:web:7"],
      ["email:new@example.com", "ext:pos:3", "phone:+14155550177"],
    ]);
    expect(out.reviews.map((r) => [r.rule, r.identifier, r.other])).toEqual([
      ["split", "email:ada@example.com", "phone:+14155550177"],
      ["split", "email:new@example.com", "ext:web:7"],
      ["split", "ext:pos:3", "ext:web:7"],
    ]);
  });

  it("merging the profiles a shared email was held between lets the email rejoin them", () => {
    const family = [
      { keys: ["email:home@example.com", "phone:+14155550101", "ext:shop:1"] },
      { keys: ["email:home@example.com", "phone:+14155550102", "ext:shop:2"] },
    ];
    const out = clusterRecords(family, { merges: [{ id: 1, a: "ext:shop:1", b: "ext:shop:2" }] });
    expect(out.groups).toHaveLength(1);
    expect(out.status("email:home@example.com")).toBe("joined");
    expect(out.reviews).toEqual([]);
  });
});
