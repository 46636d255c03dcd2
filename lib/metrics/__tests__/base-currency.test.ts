import { describe, expect, it } from "vitest";

import { runImport } from "@/lib/ingest/run-import";
import { resolveBaseCurrency } from "@/lib/metrics/as-of";
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
