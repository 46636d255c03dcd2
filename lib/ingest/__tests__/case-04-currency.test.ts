import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { customer, fixture, importFile, underTimeZones } from "./case-helpers";

describe("case 04: currency symbols, codes and thousands separators inside the amount", () => {
  it("reads every amount exactly and keeps CNY and USD apart", async () => {
    await underTimeZones(async () => {
      const { db } = tempDatabase();
      const summary = await importFile(db, fixture("cases", "04-currency-symbols", "orders_mixed_symbols.csv"),
        { source: "shop" });
      expect(summary).toMatchObject({ preset: "orders-csv", rowsRead: 6, recordsNew: 6, rowsRejected: 0 });

      const amounts = db.$client.prepare("SELECT order_key, amount_minor, currency FROM orders ORDER BY order_key").raw().all();
      expect(amounts).toEqual([
        ["A-1", 129_900, "CNY"], ["A-2", 8_800, "CNY"], ["A-3", 123_456, "USD"],
        ["A-4", 1_500, "USD"], ["A-5", 200_000, "CNY"], ["A-6", 4_550, "CNY"],
      ]);
      expect(customer(db, "chen.jie@example.cn")).toMatchObject({ frequency: 4, spend: { CNY: 3432.5 } });
      expect(customer(db, "maria.lopez@example.com")).toMatchObject({ frequency: 2, spend: { USD: 1249.56 } });
    });
  });

  it("reports an amount it cannot read on its row instead of storing 0", async () => {
    const { db, file } = tempDatabase();
    const input = file("bad.csv", "order_id,email,paid_at,currency,amount\nB-1,a@example.com,2024-04-01,CNY,¥12.00\nB-2,a@example.com,2024-04-02,CNY,twelve\n");
    const summary = await importFile(db, input, { source: "shop" });
    expect(summary).toMatchObject({ recordsNew: 1, rowsRejected: 1 });
    expect(summary.issues).toEqual([{ row: 3, column: "amount", value: "twelve", reason: "bad_amount", level: "rejected" }]);
  });
});
