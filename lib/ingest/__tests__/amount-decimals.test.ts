import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, importFile } from "./case-helpers";

describe("amounts with more decimals than cents", () => {
  it("keeps the row, rounded, and warns where a digit past the cents was dropped", async () => {
    const { db, file } = tempDatabase();
    const orders = file("orders.csv", [
      "order_id;email;amount;currency;order_date",
      "T1;t1@example.com;1.234;EUR;2024-03-05",
      "T2;t2@example.com;2.500;EUR;2024-03-13",
      "T3;t3@example.com;12.3456;USD;2024-03-14",
      "T4;t4@example.com;12.50;USD;2024-03-15",
    ].join("\n"));
    const summary = await importFile(db, orders, { source: "shop" });
    expect(summary).toMatchObject({ recordsNew: 4, rowsRejected: 0, rowsWarned: 2 });
    const issues = summary.issues.map(({ row, column, value, reason, level }) =>
      [row, column, value, reason, level]);
    expect(issues).toEqual([
      [2, "amount", "1.234", "amount_rounded", "warning"],
      [4, "amount", "12.3456", "amount_rounded", "warning"],
    ]);
    const amounts = "SELECT group_concat(amount_minor) FROM " +
      "(SELECT amount_minor FROM orders ORDER BY order_key)";
    expect(count(db, amounts)).toBe("123,250,1235,1250");
  });
});
