import { describe, expect, it } from "vitest";

import type { Db } from "@/db/client";
import { tempDatabase } from "@/lib/testing/temp-db";

import { fixture, importFile } from "./case-helpers";

const ordersOf = (db: Db, like: string) =>
  db.$client
    .prepare(`SELECT o.order_key, o.amount_minor, (SELECT count(*) FROM order_lines l WHERE l.order_key = o.order_key)
      FROM orders o WHERE o.order_key LIKE ? ORDER BY o.order_key`)
    .raw()
    .all(like);

describe("an order number that two buyers' orders share (two stores' exports pasted together)", () => {
  it("keeps both orders, the second keyed by its buyer, warns on its first row, and adds nothing on a re-import", async () => {
    const { db } = tempDatabase();
    const summary = await importFile(db, fixture("exports", "shopify_orders.csv"));
    // Priya's refunded #1101 (row 35), then Pia's paid #1101 of 257.21 with three line rows (36–38).
    expect(ordersOf(db, "#1101%")).toEqual([
      ["#1101", 0, 1],
      ["#1101~email:pia.fenwick15@example.org", 25_721, 3],
    ]);
    expect(ordersOf(db, "#1133%")).toEqual([
      ["#1133", 7_020, 1],
      ["#1133~email:yara.brill23@example.org", 21_589, 2],
    ]);
    expect(summary.recordsNew).toBe(31);
    expect(summary.rowsRejected).toBe(0);
    expect(summary.issues.map((issue) => [issue.row, issue.column, issue.reason, issue.level])).toEqual([
      [36, "Name", "order_id_reused", "warning"],
      [60, "Name", "order_id_reused", "warning"],
    ]);

    const again = await importFile(db, fixture("exports", "shopify_orders.csv"));
    expect(again.recordsNew).toBe(0);
    expect(again.recordsExisting).toBe(31);
  });
});

describe("an order number two buyers share in a file whose rows are lines, their amounts summed", () => {
  it("keeps two orders of two customers, never one order that joins the buyers", async () => {
    const { db, file } = tempDatabase();
    const input = file("lines.csv", [
      "order_id,email,date,amount",
      "X1,a@example.com,2024-01-02,5.00",
      "X1,a@example.com,2024-01-02,2.50",
      "X1,b@example.com,2024-01-03,7.00",
    ].join("\n"));
    const summary = await importFile(db, input, { source: "shop", currency: "USD" });
    expect(summary).toMatchObject({ recordsNew: 2, rowsWarned: 1, customersNew: 2 });
    expect(ordersOf(db, "X1%")).toEqual([["X1", 750, 0], ["X1~email:b@example.com", 700, 0]]);
    expect(db.$client.prepare("SELECT count(*) FROM profiles").pluck().get()).toBe(2);
  });
});
