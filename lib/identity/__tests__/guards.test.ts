import { describe, expect, it } from "vitest";

import { clusterRecords } from "./build-records";

const family = [
  { keys: ["email:home@example.com", "phone:+14155550101", "ext:shop:1"] },
  { keys: ["email:home@example.com", "phone:+14155550102", "ext:shop:2"] },
];

describe("shared identifier guard", () => {
  it("a shared family email does not merge two people who have different phones and ids", () => {
    const out = clusterRecords(family);
    expect(out.groups).toEqual([
      ["email:home@example.com"],
      ["ext:shop:1", "phone:+14155550101"],
      ["ext:shop:2", "phone:+14155550102"],
    ]);
    expect(out.status("email:home@example.com")).toBe("held");
    expect(out.reviews).toEqual([
      {
        rule: "shared",
        identifier: "email:home@example.com",
        other: null,
        detail: { groups: 2, limit: 1 },
        profiles: ["ext:shop:1", "ext:shop:2"],
      },
    ]);
  });

  it("joins them when the setting allows an identifier to join two profiles", () => {
    const out = clusterRecords(family, { settings: { maxProfilesPerIdentifier: 2 } });
    expect(out.groups).toHaveLength(1);
    expect(out.reviews).toEqual([]);
  });

  it("still joins one person's guest checkouts: each new id comes with the same email only", () => {
    const out = clusterRecords(["C-901", "C-944", "C-987"].map((id) => ({ keys: ["email:li.na@example.com", `ext:orders:${id}`] })));
    expect(out.groups).toEqual([["email:li.na@example.com", "ext:orders:C-901", "ext:orders:C-944", "ext:orders:C-987"]]);
  });

  it("joins an email seen with an old and a new phone: lone phones are no established profiles", () => {
    const out = clusterRecords([
      { keys: ["email:ada@example.com", "phone:+14155550101"] },
      { keys: ["email:ada@example.com", "phone:+14155550199"] },
    ]);
    expect(out.groups).toHaveLength(1);
  });

  it("holds a store's front-desk phone apart from the customers who each have an email and a card", () => {
    const records = Array.from({ length: 6 }, (_, i) => ({
      keys: ["phone:+862150000000", `email:c${i}@example.com`, `ext:loyalty_card:${i}`],
    }));
    const out = clusterRecords(records);
    expect(out.groups).toHaveLength(7);
    expect(out.reviews[0]).toMatchObject({ rule: "shared", identifier: "phone:+862150000000", detail: { groups: 6, limit: 1 } });
  });
});

describe("per-profile limit guard", () => {
  it("a front-desk phone on 12 bare loyalty cards passes the card limit of 10 and is held apart", () => {
    const records = Array.from({ length: 12 }, (_, i) => ({ keys: ["phone:+862150000000", `ext:loyalty_card:${100 + i}`] }));
    const out = clusterRecords(records);
    expect(out.groups).toHaveLength(13);
    expect(out.status("phone:+862150000000")).toBe("held");
    expect(out.reviews).toHaveLength(1);
    expect(out.reviews[0]).toMatchObject({
      rule: "limit",
      identifier: "phone:+862150000000",
      detail: { scope: "ext:loyalty_card", count: 12, limit: 10 },
    });
    expect(out.reviews[0].profiles).toHaveLength(12);
  });

  it("a per-scope limit of 1 keeps two accounts of one source apart", () => {
    const out = clusterRecords(
      [
        { keys: ["email:ada@example.com", "ext:crm:1"] },
        { keys: ["email:ada@example.com", "ext:crm:2"] },
      ],
      { settings: { scopeLimits: { crm: 1 } } },
    );
    expect(out.groups).toEqual([["email:ada@example.com"], ["ext:crm:1"], ["ext:crm:2"]]);
    expect(out.reviews[0].detail).toEqual({ scope: "ext:crm", count: 2, limit: 1 });
  });

  it("one record with four phones (limit 3) holds the smallest apart and keeps the rest", () => {
    const phones = ["+14155550104", "+14155550103", "+14155550102", "+14155550101"].map((p) => `phone:${p}`);
    const out = clusterRecords([{ keys: ["email:many@example.com", ...phones] }]);
    expect(out.groups).toEqual([
      ["email:many@example.com", "phone:+14155550102", "phone:+14155550103", "phone:+14155550104"],
      ["phone:+14155550101"],
    ]);
  });
});

describe("block list", () => {
  it("a blocked identifier joins nothing, exact or by pattern", () => {
    const out = clusterRecords(
      [
        { keys: ["email:noreply@shop.example", "phone:+14155550101"] },
        { keys: ["email:noreply@shop.example", "phone:+14155550102"] },
        { keys: ["email:x@mailinator.com", "phone:+14155550103"] },
      ],
      { settings: { blockList: ["email:noreply@shop.example", "email:*@mailinator.com"] } },
    );
    expect(out.groups).toHaveLength(5);
    expect(out.status("email:noreply@shop.example")).toBe("blocked");
    expect(out.status("email:x@mailinator.com")).toBe("blocked");
    expect(out.reviews).toEqual([]);
  });
});
