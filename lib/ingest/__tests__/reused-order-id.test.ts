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
