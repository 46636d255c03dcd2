import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { customer, fixture, importFile, underTimeZones, useSettings } from "./case-helpers";

describe("case 07: Excel serials, Chinese dates, offsets, and no day shift (store zone Asia/Shanghai)", () => {
  it("puts every order on its store-local day, whatever the server's zone", async () => {
    await underTimeZones(async () => {
      const { db } = tempDatabase();
      useSettings(db, { timeZone: "Asia/Shanghai" });
      const summary = await importFile(db, fixture("cases", "07-mixed-date-formats-timezone", "jd_orders_mixed_dates.csv"));
      expect(summary).toMatchObject({ preset: "jd-orders", rowsRead: 5, recordsNew: 5, rowsRejected: 0 });

      const dates = db.$client.prepare("SELECT order_key, ordered_at FROM orders ORDER BY order_key").raw().all();
      expect(dates).toEqual([
        ["J1", "2024-04-01 00:00:00"], ["J2", "2024-03-05 00:00:00"], ["J3", "2024-03-09 14:05:00"],
        ["J4", "2024-04-01 00:30:00"], ["J5", "2024-03-10 00:00:00"],
      ]);
      expect(customer(db, "+8613700137000")).toMatchObject({
        frequency: 5, spend: { CNY: 350 }, first: "2024-03-05", last: "2024-04-01",
      });
      const months = db.$client
        .prepare("SELECT substr(ordered_at, 1, 7), sum(amount_minor) FROM orders GROUP BY 1 ORDER BY 1")
        .raw()
        .all();
      expect(months).toEqual([["2024-03", 22_000], ["2024-04", 13_000]]);
    });
  });
});
