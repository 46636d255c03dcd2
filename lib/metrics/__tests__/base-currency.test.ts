import { describe, expect, it } from "vitest";

import { runImport } from "@/lib/ingest/run-import";
import { resolveBaseCurrency } from "@/lib/metrics/as-of";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { readSummary } from "@/lib/metrics/summary";
import { writeSettings } from "@/lib/settings/read-settings";
import { saveReadingSettings } from "@/lib/settings/save-reading-settings";
import { tempDatabase } from "@/lib/testing/temp-db";

const orders = (rows: [string, string][]) =>
  [
    "order_id,email,date,amount,currency",
    ...rows.map(([id, currency]) => `${id},${id}@example.com,2024-01-02,10,${currency}`),
  ].join("\n");

describe("resolveBaseCurrency", () => {
  it("takes the setting, else the most common currency, kept up to date as orders arrive and leave", async () => {
    const { db, file } = tempDatabase();
    const load = (name: string, rows: [string, string][]) =>
      runImport(db, {
        file: file(name, orders(rows)),
        preset: "orders-csv",
        source: "shop",
        createdBy: "test",
      });

    await load("a.csv", [
      ["a1", "EUR"],
      ["a2", "EUR"],
      ["a3", "USD"],
    ]);
    expect(resolveBaseCurrency(db, "CNY")).toBe("CNY");
    expect(resolveBaseCurrency(db, null)).toBe("EUR");

    await load("b.csv", [
      ["b1", "USD"],
      ["b2", "USD"],
    ]);
    expect(resolveBaseCurrency(db, null)).toBe("USD");

    db.$client.prepare("DELETE FROM orders WHERE order_key IN ('b1', 'b2')").run();
    expect(resolveBaseCurrency(db, null)).toBe("EUR");
  });
});

describe("orders without a rate to the base currency", () => {
  it("are named in the summary, by count and currency, until an admin sets a rate, which recomputes", async () => {
    const { db, file } = tempDatabase();
    writeSettings(db, "general", { baseCurrency: "USD" });
    await runImport(db, {
      file: file("mixed.csv", orders([["u1", "USD"], ["c1", "CNY"], ["c2", "CNY"], ["e1", "EUR"]])),
      preset: "orders-csv",
      source: "shop",
      createdBy: "test",
    });
    expect(readSummary(db).unconverted).toEqual({ orders: 3, currencies: ["CNY", "EUR"] });
    expect(readSummary(db).revenue).toBe(10);

    // Saving the rates where the page says to (Imports → Reading and currencies) recomputes.
    const reading = { timeZone: "UTC", phoneRegion: "US", baseCurrency: "USD" };
    expect(saveReadingSettings(db, { ...reading, rates: { CNY: 0.14, EUR: 1.1 } }))
      .toEqual({ moneyChanged: true, daysKept: false });
    recomputeMetrics(db);
    expect(readSummary(db).unconverted).toBeNull();
    expect(readSummary(db).revenue).toBeCloseTo(10 + 2 * 1.4 + 11, 6);
    // A new time zone does not move the days of the orders stored: the admin is told.
    expect(saveReadingSettings(db, { ...reading, timeZone: "Asia/Shanghai", rates: { EUR: 1.1, CNY: 0.14 } }))
      .toEqual({ moneyChanged: false, daysKept: true });
    expect(saveReadingSettings(db, { ...reading, timeZone: "Asia/Shanghai", rates: { EUR: 1.1, CNY: 0.14 } }))
      .toEqual({ moneyChanged: false, daysKept: false });

    writeSettings(db, "general", { baseCurrency: "USD", rates: { CNY: 0.14 } });
    recomputeMetrics(db);
    expect(readSummary(db).unconverted).toEqual({ orders: 1, currencies: ["EUR"] });
  });
});

describe("a refund in a currency without a rate", () => {
  it("is no order, and the average order value divides only what was summed", async () => {
    const { db, file } = tempDatabase();
    writeSettings(db, "general", { baseCurrency: "USD" });
    const csv = [
      "order_id,email,date,amount,currency",
      "u1,ann@example.com,2024-01-02,10,USD",
      "u2,bob@example.com,2024-01-03,30,USD",
      "c1,cy@example.com,2024-01-04,100,CNY",
      "c2,cy@example.com,2024-01-05,-40,CNY",
    ].join("\n");
    const request = { preset: "orders-csv", source: "shop", createdBy: "test" };
    await runImport(db, { ...request, file: file("refund.csv", csv) });
    const summary = readSummary(db);
    expect(summary.orders).toBe(3);
    expect(summary.unconverted).toEqual({ orders: 1, currencies: ["CNY"] });
    expect(summary.revenue).toBe(40);
    expect(summary.averageOrderValue).toBe(20);

    // With a rate the refund lowers Cy's spend and is still no order.
    writeSettings(db, "general", { baseCurrency: "USD", rates: { CNY: 0.5 } });
    recomputeMetrics(db);
    expect(readSummary(db))
      .toMatchObject({ orders: 3, revenue: 70, averageOrderValue: 70 / 3, unconverted: null });
  });
});
