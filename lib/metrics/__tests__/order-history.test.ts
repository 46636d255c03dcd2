import { describe, expect, it } from "vitest";

import { IdIndex } from "@/lib/id-index";
import { groupOrders, replaceCustomers } from "@/lib/metrics/history/order-history";

const big = 2 ** 52 - 7; // profile ids are 52-bit hashes

describe("groupOrders", () => {
  it("groups loose rows by ascending profile id, each customer's orders by day", () => {
    const history = groupOrders(
      Float64Array.of(big, 5, big, 5, 9),
      Int32Array.of(30, 12, 10, 11, 1),
      Float64Array.of(3, 2, 1, 0.5, 7),
    );
    expect([...history.profileIds]).toEqual([5, 9, big]);
    expect([...history.start]).toEqual([0, 2, 3, 5]);
    expect([...history.day]).toEqual([11, 12, 1, 10, 30]);
    expect([...history.amount]).toEqual([0.5, 2, 7, 1, 3]);
  });
});

describe("replaceCustomers", () => {
  const history = groupOrders(
    Float64Array.of(5, 9, big),
    Int32Array.of(1, 2, 3),
    Float64Array.of(10, 20, 30),
  );

  it("replaces one, removes one, adds one before and one after, keeps the rest", () => {
    const next = replaceCustomers(history, [
      { profileId: 9, day: Int32Array.of(2, 4), amount: Float64Array.of(20, 40) },
      { profileId: big, day: new Int32Array(0), amount: new Float64Array(0) },
      { profileId: 1, day: Int32Array.of(7), amount: Float64Array.of(70) },
      { profileId: big + 2, day: Int32Array.of(8), amount: Float64Array.of(80) },
    ]);
    expect([...next.profileIds]).toEqual([1, 5, 9, big + 2]);
    expect([...next.start]).toEqual([0, 1, 2, 4, 5]);
    expect([...next.day]).toEqual([7, 1, 2, 4, 8]);
    expect([...next.amount]).toEqual([70, 10, 20, 40, 80]);
  });
});

describe("IdIndex", () => {
  it("numbers ids in order of first sight across growth, and finds them again", () => {
    const index = new IdIndex(2);
    const ids = Array.from({ length: 5000 }, (_, i) => big - i * 4093);
    ids.forEach((id, i) => expect(index.add(id)).toBe(i));
    expect(index.add(ids[1234])).toBe(1234);
    expect(index.find(ids[4999])).toBe(4999);
    expect(index.find(3)).toBe(-1);
    expect(index.size).toBe(5000);
  });
});
