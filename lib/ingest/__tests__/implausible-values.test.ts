import { describe, expect, it } from "vitest";

import { previewFile } from "@/lib/ingest/preview-file";
import { readSummary } from "@/lib/metrics/summary";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, importFile } from "./case-helpers";

describe("values no order can have", () => {
  it("rejects a date after today, a hundred billion and an unknown currency, and keeps the good rows", async () => {
    const { db, file } = tempDatabase();
    const orders = file("orders.csv", [
      "order id,email,date,amount,currency",
      "A-1,ada@example.com,2024-03-01,120.00,EUR",
      "A-2,ada@example.com,2099-01-01,10.00,EUR",
      "A-3,bob@example.com,2024-03-02,99999999999999999999.99,EUR",
      "A-4,bob@example.com,2024-03-03,15.00,XYZ",
      "A-5,bob@example.com,2024-03-04,99999999999.99,EUR",
      "A-6,bob@example.com,2024-03-05,15.00,RMB",
    ].join("\n"));
    const summary = await importFile(db, orders, { source: "shop" });
    expect(summary).toMatchObject({ recordsNew: 3, rowsRejected: 3 });
    expect(summary.issues.map(({ row, column, reason }) => [row, column, reason])).toEqual([
      [3, "date", "future_date"],
      [4, "amount", "implausible_amount"],
      [5, "currency", "bad_currency"],
    ]);
    expect(customer(db, "ada@example.com")).toMatchObject({ spend: { EUR: 120 }, last: "2024-03-01" });
    expect(customer(db, "bob@example.com").spend).toEqual({ EUR: 99_999_999_999.99, CNY: 15 });
    // The as-of date follows the real orders, not the year 2099.
    expect(readSummary(db).asOf).toBe("2024-03-05");
    expect(count(db, "SELECT count(*) FROM orders WHERE ordered_at LIKE '2099%'")).toBe(0);
  });

  it("marks those values on the mapping screen before the dry run", async () => {
    const { db, file } = tempDatabase();
    const orders = file("orders.csv", "order id,email,date,amount,currency\n" +
      "A-1,ada@example.com,2024-03-01,120.00,EUR\nA-2,ada@example.com,2099-01-01,99999999999999,XYZ\n");
    const preview = await previewFile(db, { file: orders });
    const ok = (row: number) => preview.parsed[row].slice(2).map((cell) => cell?.ok);
    expect(ok(0)).toEqual([true, true, true]);
    expect(ok(1)).toEqual([false, false, false]);
  });

  it("rejects a touch or a ticket dated after today", async () => {
    const { db, file } = tempDatabase();
    const events = file("events.csv", "email,date,kind\nada@example.com,2024-03-01,visit\nada@example.com,2199-12-31,visit\n");
    expect(await importFile(db, events, { preset: "events-csv", source: "site" }))
      .toMatchObject({ recordsNew: 1, rowsRejected: 1, issues: [{ row: 3, reason: "future_date" }] });
  });

  it("rejects a system's zero date as a placeholder, whichever way it is written", async () => {
    const { db, file } = tempDatabase();
    const orders = file("orders.csv", [
      "order id,email,date,amount,currency",
      "Z-1,ada@example.com,1970-01-01,10.00,EUR",
      "Z-2,ada@example.com,1970-01-01T00:00:00Z,10.00,EUR",
      "Z-3,ada@example.com,1900-01-01 00:00:00,10.00,EUR",
      "Z-4,ada@example.com,0000-00-00 00:00:00,10.00,EUR",
      "Z-5,ada@example.com,0001-01-01,10.00,EUR",
      "Z-6,ada@example.com,31/12/1899,10.00,EUR",
      "Z-7,ada@example.com,1970-01-02,10.00,EUR",
      "Z-8,ada@example.com,2024-03-01,10.00,EUR",
    ].join("\n"));
    const summary = await importFile(db, orders, { source: "shop" });
    expect(summary).toMatchObject({ recordsNew: 2, rowsRejected: 6 });
    expect(summary.issues.map(({ row, reason }) => [row, reason])).toEqual(
      [2, 3, 4, 5, 6, 7].map((row) => [row, "placeholder_date"]));
    // The day after the epoch is a date like any other: only the zero dates are placeholders.
    expect(customer(db, "ada@example.com")).toMatchObject({ first: "1970-01-02", last: "2024-03-01" });

    const events = file("events.csv", "email,date,kind\nada@example.com,1970-01-01,visit\n");
    expect(await importFile(db, events, { preset: "events-csv", source: "site" })).toMatchObject(
      { rowsRejected: 1, issues: [{ row: 2, column: "date", reason: "placeholder_date" }] });
    const preview = await previewFile(db, { file: orders });
    expect(preview.parsed.slice(0, 7).map((row) => row[2]?.ok))
      .toEqual([false, false, false, false, false, false, true]);
  });
});
