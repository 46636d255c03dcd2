import { describe, expect, it } from "vitest";

import { rollbackPreview } from "@/lib/ingest/rollback-preview";
import { tempDatabase } from "@/lib/testing/temp-db";

import { fixture, importFile } from "./case-helpers";

const header = "order id,email,date,amount,currency,status\n";
// b and c buy only in the first file; a again in the second, which also corrects A-2 and brings d.
const first = header + [
  "A-1,a@example.com,2026-03-01,10.00,USD,paid",
  "A-2,b@example.com,2026-03-02,20.00,USD,paid",
  "A-3,b@example.com,2026-03-03,5.00,EUR,paid",
  "A-4,c@example.com,2026-03-04,7.00,USD,cancelled",
].join("\n");
const second = header + [
  "A-2,b@example.com,2026-03-02,25.00,USD,paid",
  "B-1,a@example.com,2026-04-01,3.00,USD,paid",
  "B-2,d@example.com,2026-04-02,4.00,USD,paid",
].join("\n");

describe("what a rollback would take out", () => {
  it("counts the import's own orders per currency, its customers no other import knows, and the orders it changed", async () => {
    const { db, file } = tempDatabase();
    const a = await importFile(db, file("first.csv", first), { source: "shop", preset: "orders-csv" });
    const b = await importFile(db, file("second.csv", second), { source: "shop", preset: "orders-csv" });

    expect(rollbackPreview(db, a.importId!)).toEqual({
      importId: a.importId,
      fileName: "first.csv",
      sales: [
        { currency: "USD", orders: 2, refunds: 0, amountMinor: 3500 },
        { currency: "EUR", orders: 1, refunds: 0, amountMinor: 500 },
      ],
      notCounted: 1,
      contacts: 0,
      interactions: 0,
      tickets: 0,
      ordersRestored: 0,
      customersOnlyHere: 2,
    });
    expect(rollbackPreview(db, b.importId!)).toMatchObject({
      fileName: "second.csv",
      sales: [{ currency: "USD", orders: 2, refunds: 0, amountMinor: 700 }],
      notCounted: 0,
      ordersRestored: 1,
      customersOnlyHere: 1,
    });
    expect(rollbackPreview(db, 999)).toBeNull();
  });

  it("counts contact records for a file of contacts, not the names an order file's rows carry", async () => {
    const { db } = tempDatabase();
    const contacts = await importFile(db, fixture("exports", "hubspot_contacts.csv"));
    const orders = await importFile(db, fixture("exports", "taobao_orders.csv"));
    expect(rollbackPreview(db, contacts.importId!)).toMatchObject({ contacts: contacts.recordsNew });
    expect(rollbackPreview(db, orders.importId!)).toMatchObject({ contacts: 0, notCounted: 8,
      sales: [{ currency: "CNY", orders: 28, refunds: 0, amountMinor: 707_420 }] });
  });

  it("names a payment bill's refunds beside its sales, as the import's summary did", async () => {
    const { db } = tempDatabase();
    const bill = await importFile(db, fixture("exports", "wechatpay_trade_bill.csv"));
    expect(bill.sales).toEqual([expect.objectContaining(
      { currency: "CNY", orders: 33, refunds: 1, amountMinor: 243_240 })]);
    expect(rollbackPreview(db, bill.importId!)?.sales)
      .toEqual([{ currency: "CNY", orders: 33, refunds: 1, amountMinor: 243_240 }]);
  });
});
