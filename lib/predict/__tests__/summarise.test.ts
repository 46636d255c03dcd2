import { describe, expect, it } from "vitest";
import { summarise, type CustomerOrders } from "../summarise";
import { CALIBRATION, HOLDOUT_END, dayOf, loadPublishedSummary, loadSampleTransactions } from "./cdnow";

describe("summarise on the raw CDNOW sample", () => {
  const summary = summarise(loadSampleTransactions(), { ...CALIBRATION, holdoutEndDay: HOLDOUT_END }, "week");

  it("reproduces the published summary for all 2,357 customers", () => {
    const published = loadPublishedSummary();
    expect(summary.customers).toHaveLength(2357);
    expect(summary.excluded).toEqual({ beforeWindow: 0, afterWindow: 0, noOrders: 0, invalidOrders: 0 });
    const ours = new Map(summary.customers.map((c) => [c.id, c]));
    const mismatches = published.filter((p) => {
      const c = ours.get(p.id);
      // The CSV rounds to 2 decimals; 1e-9 absorbs binary representation of the half-cent.
      const off = (k: "tx" | "T" | "zbar") => !c || Math.abs(c[k] - p[k]) > 0.005 + 1e-9;
      return !c || c.x !== p.x || off("tx") || off("T") || off("zbar");
    });
    expect(mismatches).toEqual([]);
  });

  it("counts holdout purchases in (1997-09-30, 1998-06-30]", () => {
    expect(summary.holdoutDuration).toBe(39);
    // Sample customer 1 bought on 1997-01-01, 01-18 and 08-02, then once more on 1997-12-12.
    const first = summary.customers.find((c) => c.id === "1");
    expect(first).toMatchObject({ x: 2, holdoutX: 1, firstDay: dayOf("19970101") });
    expect(summary.customers.reduce((sum, c) => sum + (c.holdoutX ?? 0), 0)).toBe(1882);
  });
});

describe("summarise rules", () => {
  const window = { fromDay: 100, toDay: 170 };
  const orders = (...days: [number, number][]): CustomerOrders["orders"] =>
    days.map(([day, amount]) => ({ day, amount }));

  it("keeps only customers whose first order falls inside the window", () => {
    const summary = summarise(
      [
        { id: "before", orders: orders([90, 5], [120, 5]) },
        { id: "inside", orders: orders([100, 5], [114, 10], [170, 20], [171, 40]) },
        { id: "after", orders: orders([171, 5]) },
        { id: "none", orders: [] },
        { id: "unsorted", orders: orders([120, 5], [110, 5]) },
      ],
      window,
      "day",
    );
    expect(summary.excluded).toEqual({ beforeWindow: 1, afterWindow: 1, noOrders: 1, invalidOrders: 1 });
    // An order on toDay is in calibration; the first order's value is not a repeat value.
    expect(summary.customers).toEqual([{ id: "inside", firstDay: 100, x: 2, tx: 70, T: 70, zbar: 15 }]);
  });

  it("converts days to weeks", () => {
    const [c] = summarise([{ id: "w", orders: orders([107, 1], [121, 3]) }], window, "week").customers;
    expect(c).toMatchObject({ x: 1, tx: 2, T: 9, zbar: 3 });
  });

  it("counts invalid amounts as zero and says so", () => {
    const bad = orders([100, 5], [110, Number.NaN], [120, -3], [130, 6]);
    const summary = summarise([{ id: "bad", orders: bad }], window, "day");
    expect(summary.customers[0].zbar).toBe(2);
    expect(summary.warnings).toEqual(["invalid_amounts_zeroed"]);
  });

  it("averages huge amounts without overflowing", () => {
    const summary = summarise([{ id: "big", orders: orders([100, 1], [110, 1e308], [120, 1e308]) }], window, "day");
    expect(summary.customers[0].zbar).toBe(1e308);
  });

  it("rejects an impossible window clearly", () => {
    expect(() => summarise([], { fromDay: 10, toDay: 5 }, "day")).toThrow(/fromDay/);
    expect(() => summarise([], { fromDay: 1, toDay: 5, holdoutEndDay: 5 }, "day")).toThrow(/holdoutEndDay/);
  });
});
