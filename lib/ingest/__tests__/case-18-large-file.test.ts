import path from "node:path";

import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, importFile } from "./case-helpers";
import { writeLargeOrders } from "./fixtures/large-orders";

/**
 * Case 18 at 100,000 rows (the full million runs in `npm run bench:import`):
 * streamed in 1 MB chunks, so quoted notes with line breaks cross chunk
 * boundaries; the totals are those `gen_large_orders.py 100000 --expected`
 * prints.
 */
describe("case 18: a large export streamed to exact totals", () => {
  it("imports 100,000 orders of 50,000 customers to the cent, and adds none the second time", async () => {
    const { db, folder } = tempDatabase();
    const file = path.join(folder, "big_orders.csv");
    await writeLargeOrders(file, 100_000);

    const summary = await importFile(db, file, { source: "shop", currency: "USD" });
    expect(summary).toMatchObject({ rowsRead: 100_000, recordsNew: 100_000, rowsRejected: 0, customersNew: 50_000 });
    expect(count(db, "SELECT sum(amount_minor) FROM orders")).toBe(507_290_095);
    expect(customer(db, "cust00000@example.com")).toMatchObject({ frequency: 2, spend: { USD: 3.35 }, last: "2023-12-27" });
    expect(customer(db, "cust00001@example.com")).toMatchObject({ spend: { USD: 157.47 }, last: "2023-06-09" });
    expect(customer(db, "cust49999@example.com")).toMatchObject({ spend: { USD: 51.39 }, last: "2023-07-21" });

    const again = await importFile(db, file, { source: "shop", currency: "USD" });
    expect(again).toMatchObject({ recordsNew: 0, recordsExisting: 100_000 });
  }, 240_000);
});
