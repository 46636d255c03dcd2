import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, fixture, importFile } from "./case-helpers";

describe("a dry run", () => {
  it("reports what the import then does, notes included, and recomputes nothing", async () => {
    const { db } = tempDatabase();
    await importFile(db, fixture("exports", "shopify_orders.csv"));
    const runs = count(db, "SELECT count(*) FROM metric_runs");
    const taobao = fixture("exports", "taobao_orders.csv");

    const dry = await importFile(db, taobao, { dryRun: true });
    expect(count(db, "SELECT count(*) FROM metric_runs")).toBe(runs);
    expect(count(db, "SELECT count(*) FROM imports")).toBe(1);
    const done = await importFile(db, taobao);

    const keys = ["rowsRead", "recordsNew", "recordsExisting", "rowsRejected", "rowsWarned", "customersNew",
      "customersExisting", "rowsNewCustomers", "rowsExistingCustomers", "unrated", "baseCurrency",
      "baseCurrencyMoved", "asOfMoved"] as const;
    const pick = (summary: typeof dry) => Object.fromEntries(keys.map((key) => [key, summary[key]]));
    expect(pick(dry)).toEqual(pick(done));
    // More of Taobao's yuan orders than Shopify's dollar ones: with no base currency set, reports move.
    expect(done.baseCurrencyMoved).toEqual({ from: "USD", to: "CNY" });
    expect(dry).toMatchObject({ dryRun: true, importId: null });
  });
});
