import { describe, expect, it } from "vitest";

import { rowMoneyOf } from "@/lib/ingest/rows/row-money";
import { tempDatabase } from "@/lib/testing/temp-db";

import { importFile } from "./case-helpers";

const header = "order_id,email,total,currency,order_date";

describe("rows of one order in a generic orders file", () => {
  it("counts an order once when two overlapping exports were joined into one file", async () => {
    const { db, file } = tempDatabase();
    const joined = file("pos_concat.csv", [header,
      "W-1,ov1@example.com,10.00,USD,2026-04-01", "W-2,ov2@example.com,20.00,USD,2026-04-02",
      "W-3,ov1@example.com,30.00,USD,2026-04-03", "W-2,ov2@example.com,20.00,USD,2026-04-02",
      "W-3,ov1@example.com,30.00,USD,2026-04-03", "W-4,ov3@example.com,40.00,USD,2026-04-08"].join("\n"));
    const summary = await importFile(db, joined, { source: "pos" });
    expect(summary.sales).toEqual([{ currency: "USD", orders: 4, refunds: 0, amountMinor: 10_000, notCounted: 0 }]);
  });

  it("reads an order's total once where it repeats on each item row, next to each other or not", async () => {
    const { db, file } = tempDatabase();
    const items = file("items.csv", [`${header},sku`, "N1,n1@example.com,30.00,USD,2026-03-01,A",
      "N2,n2@example.com,10.00,USD,2026-03-01,B", "N1,n1@example.com,30.00,USD,2026-03-01,C"].join("\n"));
    const summary = await importFile(db, items, { source: "pos" });
    expect(summary.sales).toEqual([{ currency: "USD", orders: 2, refunds: 0, amountMinor: 4_000, notCounted: 0 }]);
    expect(db.$client.prepare("SELECT count(*) FROM order_lines").pluck().get()).toBe(3);
  });

  it("sums rows whose amounts differ: each is a part of the order", async () => {
    const { db, file } = tempDatabase();
    const parts = file("parts.csv", ["order_id,email,amount,currency,order_date,sku",
      "P1,p1@example.com,10.00,USD,2026-03-01,A", "P1,p1@example.com,20.00,USD,2026-03-01,B",
      "P2,p2@example.com,5.00,USD,2026-03-02,A"].join("\n"));
    const summary = await importFile(db, parts, { source: "pos" });
    expect(summary.sales).toEqual([{ currency: "USD", orders: 2, refunds: 0, amountMinor: 3_500, notCounted: 0 }]);
  });

  it("sums one order's equal rows under a line's price, where nothing says the amount is the order's", () => {
    const columns = { orderId: [0], amount: [1] };
    const twoLines = [["A1", "15.00", "mug"], ["A1", "15.00", "cup"]];
    expect(rowMoneyOf(twoLines, ["order", "price", "item"], columns)).toBe("line");
    expect(rowMoneyOf(twoLines, ["order", "Order Total", "item"], columns)).toBe("order");
    expect(rowMoneyOf([["A1", "15.00"], ["A2", "15.00"]], ["order", "price"], columns)).toBe("line");
    const equalParts = [...twoLines, ["A2", "9.00", "pen"], ["A2", "9.00", "ink"]];
    expect(rowMoneyOf(equalParts, ["order", "amount", "item"], columns)).toBe("line");
    expect(rowMoneyOf([["A1", "15.00", "mug"], ["A1", "15.00", "mug"]], ["order", "amount", "item"], columns))
      .toBe("order");
  });
});
