import { describe, expect, it } from "vitest";

import { previewFile } from "@/lib/ingest/preview-file";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { readSummary } from "@/lib/metrics/summary";
import { readSettings, writeSettings } from "@/lib/settings/read-settings";
import { tempDatabase } from "@/lib/testing/temp-db";

import { fixture, importFile } from "./case-helpers";

describe("what an import summary says besides its counts", () => {
  it("counts the orders in a currency without a rate to the base currency, until a rate is set", async () => {
    const { db } = tempDatabase();
    writeSettings(db, "general", { ...readSettings(db, "general"), baseCurrency: "USD" });
    const dry = await importFile(db, fixture("exports", "taobao_orders.csv"), { dryRun: true });
    // 36 orders; the closed and unpaid ones count nowhere anyway.
    expect(dry).toMatchObject({ baseCurrency: "USD", unrated: [{ currency: "CNY", orders: 28 }], rowsWarned: 0 });

    writeSettings(db, "general", { ...readSettings(db, "general"), rates: { CNY: 0.14 } });
    const rated = await importFile(db, fixture("exports", "taobao_orders.csv"));
    expect(rated.unrated).toEqual([]);
  });

  it("counts a payment bill's refund rows as refunds, not sales, in a net amount", async () => {
    const { db } = tempDatabase();
    const summary = await importFile(db, fixture("exports", "wechatpay_trade_bill.csv"));
    // 33 payments of ¥2,521.40 and one refund of ¥89.00 (PEOPLE.md: ¥2,432.40 net).
    expect(summary.sales).toEqual([
      { currency: "CNY", orders: 33, refunds: 1, amountMinor: 243_240, notCounted: 0 },
    ]);
  });

  it("takes the file's own currency as the base when none is set and the file is all there is", async () => {
    const { db } = tempDatabase();
    const summary = await importFile(db, fixture("exports", "taobao_orders.csv"), { dryRun: true });
    expect(summary).toMatchObject({ baseCurrency: "CNY", unrated: [] });
  });

  it("names the column used where several fill one field, the same in the dry run and the preview", async () => {
    const { db } = tempDatabase();
    const file = fixture("exports", "taobao_orders.csv");
    const summary = await importFile(db, file, { dryRun: true });
    expect(summary.sharedColumns).toContainEqual({ field: "amount", used: "买家实际支付金额", fallbacks: ["总金额"] });
    expect(summary.sharedColumns).toContainEqual({ field: "orderedAt", used: "订单创建时间", fallbacks: ["订单付款时间"] });

    const preview = await previewFile(db, { file });
    const named = preview.shared.map(({ field, used, fallbacks }) =>
      ({ field, used: preview.headers[used].trim(), fallbacks: fallbacks.map((i) => preview.headers[i].trim()) }));
    expect(named).toEqual(summary.sharedColumns);
  });

  it("tells apart two columns of one name by their place", async () => {
    const { db, file } = tempDatabase();
    const orders = file("dup.csv", ["order_id,email,amount,amount,currency,order_date,email",
      "D1,,10.00,99.00,USD,2024-03-05,d1@example.com"].join("\n"));
    const summary = await importFile(db, orders, { source: "shop", dryRun: true });
    expect(summary.sharedColumns).toEqual(expect.arrayContaining([
      { field: "email", used: "email (column 2)", fallbacks: ["email (column 7)"] },
      { field: "amount", used: "amount (column 3)", fallbacks: ["amount (column 4)"] },
    ]));
  });

  it("says when a file moves the as-of date by more than a year, and not for a file of the same period", async () => {
    const { db, file } = tempDatabase();
    const orders = (rows: string[]) => file(`o${rows.length}.csv`, ["order_id,email,date,amount,currency", ...rows].join("\n"));
    const first = await importFile(db, orders(["a1,ann@example.com,1998-06-30,10,USD"]), { preset: "orders-csv", source: "shop" });
    expect(first.asOfMoved).toBeNull();
    const same = await importFile(db, orders(["b1,bo@example.com,1998-05-01,10,USD", "b2,bo@example.com,1999-03-01,10,USD"]),
      { preset: "orders-csv", source: "shop" });
    expect(same.asOfMoved).toBeNull();
    const later = await importFile(db, orders(["c1,cy@example.com,2026-05-28,10,USD", "c2,cy@example.com,2026-05-01,10,USD",
      "c3,cy@example.com,2026-04-01,10,USD"]), { preset: "orders-csv", source: "shop" });
    expect(later.asOfMoved).toEqual({ from: "1999-03-01", to: "2026-05-28" });
  });

  it("says nothing of a base currency no order was in (a fresh database's default)", async () => {
    const { db, file } = tempDatabase();
    recomputeMetrics(db);
    expect(readSummary(db).currency).toBe("USD");
    const euros = file("eur.csv", "order_id,email,date,amount,currency\ne1,eva@example.com,2024-03-01,10,EUR\n");
    const summary = await importFile(db, euros, { preset: "orders-csv", source: "shop" });
    expect(summary.baseCurrencyMoved).toBeNull();
    expect(readSummary(db).currency).toBe("EUR");
  });

  it("says when a file tips the inferred base currency, and never once one is set", async () => {
    const { db, file } = tempDatabase();
    const orders = (name: string, currency: string, count: number) => {
      const rows = Array.from({ length: count }, (_, k) =>
        `${name}-${k},p${k}@example.com,2024-03-0${k + 1},10,${currency}`);
      return file(name, ["order_id,email,date,amount,currency", ...rows].join("\n"));
    };
    const usd = await importFile(db, orders("usd", "USD", 2), { preset: "orders-csv", source: "shop" });
    expect(usd.baseCurrencyMoved).toBeNull();
    const cny = await importFile(db, orders("cny", "CNY", 3), { preset: "orders-csv", source: "shop" });
    expect(cny.baseCurrencyMoved).toEqual({ from: "USD", to: "CNY" });
    expect(readSummary(db).currency).toBe("CNY");

    // A file without a currency column is not taken to be in the currency most orders are in:
    // it is asked its own, until an admin sets the business's base currency.
    const plain = file("plain.csv", "order_id,email,date,amount\nz1,zed@example.com,2024-03-09,5");
    await expect(importFile(db, plain, { preset: "orders-csv", source: "shop" })).rejects.toThrow("currency_needed");
    await importFile(db, plain, { preset: "orders-csv", source: "shop", currency: "EUR" });
    const currencyOf = db.$client
      .prepare("SELECT currency FROM orders WHERE order_key = ?")
      .pluck();
    expect(currencyOf.get("z1")).toBe("EUR");

    writeSettings(db, "general", { baseCurrency: "USD" });
    const more = await importFile(db, orders("more", "CNY", 4), { preset: "orders-csv", source: "shop" });
    expect(more.baseCurrencyMoved).toBeNull();
    expect(readSummary(db).currency).toBe("USD");
    const plainToo = file("plain-2.csv", "order_id,email,date,amount\nz2,zed@example.com,2024-03-10,6");
    await importFile(db, plainToo, { preset: "orders-csv", source: "shop" });
    expect(currencyOf.get("z2")).toBe("USD");
  });

  it("counts every file row under its customer, a multi-row order's rows included", async () => {
    const { db } = tempDatabase();
    const summary = await importFile(db, fixture("exports", "shopify_orders.csv"));
    expect(summary.recordsNew).toBeLessThan(summary.rowsRead);
    const { rowsNewCustomers, rowsExistingCustomers, rowsRejected } = summary;
    expect(rowsNewCustomers + rowsExistingCustomers + rowsRejected).toBe(summary.rowsRead);
  });
});

describe("an order file that names no currency", () => {
  it("is asked its currency on the screen and the command line, unless its amounts carry one", async () => {
    const { db, file } = tempDatabase();
    const plain = file("pos.csv", "receipt_no,email,datetime,amount\nP-1,sara@example.com,2024-06-01 12:00,18.00\n");
    const preview = await previewFile(db, { file: plain });
    expect(preview.recognised).toMatchObject({ preset: "orders-csv", generic: true });
    expect(preview.currency).toEqual({ chosen: null, unstated: "USD" });
    expect((await previewFile(db, { file: plain, currency: "CHF" })).currency?.chosen).toBe("CHF");
    await expect(importFile(db, plain, { source: "pos" })).rejects.toThrow("currency_needed");

    const marked = file("pos-eur.csv", "receipt_no,email,datetime,amount\nP-2,sara@example.com,2024-06-02 12:00,€ 18.00\n");
    expect((await previewFile(db, { file: marked })).currency).toBeNull();
    expect((await importFile(db, marked, { source: "pos" })).sales).toEqual([{ currency: "EUR", orders: 1, refunds: 0, amountMinor: 1800, notCounted: 0 }]);

    // The screen asks as the import does, over the same first rows: one plain amount past the
    // rows it shows is enough for the question.
    const mixed = file("pos-mixed.csv", ["receipt_no,email,datetime,amount",
      ...Array.from({ length: 9 }, (_, k) => `M-${k},sara@example.com,2024-06-03 12:00,€ 1${k}.00`),
      "M-9,sara@example.com,2024-06-04 12:00,19.00"].join("\n"));
    expect((await previewFile(db, { file: mixed })).currency).toEqual({ chosen: null, unstated: "EUR" });
    await expect(importFile(db, mixed, { source: "pos" })).rejects.toThrow("currency_needed");
  });
});
