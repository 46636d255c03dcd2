import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import type { ImportProblem } from "@/lib/ingest/import-problem";
import { listImports } from "@/lib/ingest/list-imports";
import { previewFile } from "@/lib/ingest/preview-file";
import { savePreset } from "@/lib/ingest/presets/save-preset";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, importFile } from "./case-helpers";

describe("file formats", () => {
  it("reads the chosen sheet of a workbook, with real dates and text ids", async () => {
    const { db, folder } = tempDatabase();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Notes").addRow(["nothing here"]);
    const sheet = workbook.addWorksheet("Orders");
    sheet.addRow(["order_id", "email", "date", "amount", "currency"]);
    sheet.addRow(["3300149536787040120", "Ada@Example.com", new Date(Date.UTC(2024, 2, 5, 10, 30)), 12.5, "CNY"]);
    sheet.addRow(["3300149536787040121", "ada@example.com", new Date(Date.UTC(2024, 2, 6)), "1,299.00", "CNY"]);
    const file = `${folder}/orders.xlsx`;
    await workbook.xlsx.writeFile(file);

    const summary = await importFile(db, file, { sheet: "Orders", source: "shop" });
    expect(summary).toMatchObject({ format: "xlsx", preset: "orders-csv", recordsNew: 2, rowsRejected: 0 });
    expect(db.$client.prepare("SELECT order_key, ordered_at FROM orders ORDER BY order_key").raw().all()).toEqual([
      ["3300149536787040120", "2024-03-05 10:30:00"],
      ["3300149536787040121", "2024-03-06 00:00:00"],
    ]);
    expect(customer(db, "ada@example.com")).toMatchObject({ frequency: 2, spend: { CNY: 1311.5 } });
  });

  it("reads an Excel error cell as Excel's CSV export writes it, so the reason names it", async () => {
    const { db, folder } = tempDatabase();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Orders");
    sheet.addRow(["order_id", "email", "date", "amount", "currency"]);
    sheet.addRow(["E1", "e1@example.com", "2024-03-05", 12.5, "CNY"]);
    sheet.addRow(["E2", "e2@example.com", "2024-03-06", { error: "#DIV/0!" }, "CNY"]);
    const file = `${folder}/errors.xlsx`;
    await workbook.xlsx.writeFile(file);

    const summary = await importFile(db, file, { source: "shop" });
    expect(summary).toMatchObject({ recordsNew: 1, rowsRejected: 1 });
    expect(summary.issues).toEqual([
      { row: 3, column: "amount", value: "#DIV/0!", reason: "bad_amount", level: "rejected" },
    ]);
  });

  it("names the sheet a preset recognises when the first is a summary", async () => {
    const { db, folder } = tempDatabase();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Summary").addRow(["Monthly sales report April 2026"]);
    const sheet = workbook.addWorksheet("Orders");
    sheet.addRow(["order_id", "email", "date", "amount", "currency"]);
    sheet.addRow(["A-1", "ada@example.com", new Date(Date.UTC(2026, 3, 2)), 12.5, "EUR"]);
    const file = `${folder}/report.xlsx`;
    await workbook.xlsx.writeFile(file);

    const problem = await importFile(db, file, { source: "shop" }).catch((fault: ImportProblem) => fault);
    expect(problem).toMatchObject({ code: "unrecognised", params: { sheet: "Orders", sheetPreset: "orders-csv" } });
    expect((await previewFile(db, { file })).problem)
      .toMatchObject({ code: "unrecognised", params: { sheet: "Orders" } });
    expect(await importFile(db, file, { source: "shop", sheet: "Orders" })).toMatchObject({ recordsNew: 1 });
  });

  it("reads JSON lines and keeps a 19-digit id's digits", async () => {
    const { db, file } = tempDatabase();
    const lines = [
      '{"id": 6930225533693579730, "requester_email": "wang.fang@example.cn", "subject": "Where is my parcel", "created_at": "2024-05-02T09:12:00Z"}',
      '{"id": 6930225533693579731, "requester_email": "tom.baker@example.co.uk", "subject": "Refund", "created_at": "2024-05-03T11:00:00Z"}',
    ];
    const summary = await importFile(db, file("tickets.jsonl", `${lines.join("\n")}\n`), { preset: "tickets-csv", source: "desk" });
    expect(summary).toMatchObject({ format: "jsonl", kind: "ticket", recordsNew: 2 });
    expect(db.$client.prepare("SELECT ticket_key FROM tickets ORDER BY ticket_key").pluck().all())
      .toEqual(["6930225533693579730", "6930225533693579731"]);
  });

  it("imports through a mapping saved from the mapping screen, recognised the next time", async () => {
    const { db, file } = tempDatabase();
    const csv = "Kunde;Betrag;Datum;Mail\nK-1;1.234,50 €;03.04.2024;anna@example.de\nK-2;12,00 €;15.04.2024;ben@example.de\n";
    savePreset(db, {
      label: "Kundenliste",
      source: "Laden Berlin",
      mapping: { kind: "order", columns: { customerId: ["Kunde"], amount: ["Betrag"], orderedAt: ["Datum"], email: ["Mail"] } },
      createdBy: "test",
    });
    const summary = await importFile(db, file("kunden.csv", csv));
    expect(summary).toMatchObject({ preset: "laden-berlin/kundenliste", source: "laden-berlin", recordsNew: 2, rowsRejected: 0 });
    expect(customer(db, "anna@example.de")).toMatchObject({ spend: { EUR: 1234.5 }, first: "2024-04-03" });
    expect(count(db, "SELECT count(*) FROM identifiers WHERE value = 'laden-berlin:K-1'")).toBe(1);
  });

  it("a saved mapping keeps the day order and currency: the next file like it asks nothing", async () => {
    const { db, file } = tempDatabase();
    savePreset(db, {
      label: "Kasse",
      source: "Kasse",
      mapping: {
        kind: "order",
        columns: { orderId: ["Ref"], email: ["Kunde"], amount: ["Betrag"], orderedAt: ["Datum"] },
        dayOrder: "dmy",
        currency: "EUR",
      },
      createdBy: "test",
    });
    // 09.03.2026 could be either order; nothing in this file tells.
    const csv = "Ref;Kunde;Betrag;Datum\nR-7;anna@example.de;1.279,60;09.03.2026\n";
    const summary = await importFile(db, file("kasse-2.csv", csv));
    expect(summary).toMatchObject({ preset: "kasse/kasse", recordsNew: 1 });
    expect(customer(db, "anna@example.de"))
      .toMatchObject({ spend: { EUR: 1279.6 }, first: "2026-03-09" });
    const history = listImports(db);
    expect(history[0]).toMatchObject({ preset: "kasse/kasse", presetLabel: "Kasse" });
  });

  it("gives a saved preset's mapping back with the recognised file, to change it; a built-in one has none", async () => {
    const { db, file } = tempDatabase();
    const mapping = { kind: "order" as const, currency: "EUR", dayOrder: "dmy" as const, excludedStatuses: ["storniert"],
      columns: { orderId: ["Ref"], email: ["Kunde"], amount: ["Betrag"], orderedAt: ["Datum"] } };
    savePreset(db, { label: "Kasse", source: "Kasse", mapping, createdBy: "test" });
    const saved = await previewFile(db, { file: file("kasse.csv", "Ref;Kunde;Betrag;Datum\nR-7;a@example.de;1,00;09.03.2026\n") });
    expect(saved.recognised).toMatchObject({ preset: "kasse/kasse", label: "Kasse", source: "kasse", mapping });
    const builtIn = await previewFile(db, { file: file("orders.csv", "order id,email,date,amount,currency\n1,a@example.com,2026-03-01,1.00,USD\n") });
    expect(builtIn.recognised).toMatchObject({ preset: "orders-csv", mapping: null });
  });

  it("names presets that know a file it cannot place, else the generic ones", async () => {
    const { db, file } = tempDatabase();
    const closest = async (csv: string) => {
      const error = await importFile(db, file("odd.csv", csv))
        .catch((fault: ImportProblem) => fault);
      expect((error as ImportProblem).code).toBe("unrecognised");
      // "id (n/m columns known; lacks …); id (…)": the ids, in order.
      const { closest: named } = (error as ImportProblem).params;
      return [...named.matchAll(/(?:^|\); )([\w/-]+) \(/g)].map((m) => m[1]);
    };
    const generic = ["orders-csv", "contacts-csv", "events-csv"];
    expect(await closest("foo,bar,baz\n1,2,3\n")).toEqual(generic);
    const known = await closest("Order Ref,Customer Mail,Total,Widget\nA1,a@example.com,10,x\n");
    expect(known[0]).toBe("orders-csv");
    // As many columns known by each: the file's amounts make it an order file.
    expect(await closest("Kunde,Betrag,Datum,Mail\nK-1,\"1.234,50\",03.04.2024,anna@example.de\n"))
      .toEqual(["orders-csv", "contacts-csv", "events-csv"]);
  });
});

describe("row numbers in issues", () => {
  it("are as a spreadsheet shows them: a quoted line break stays in its row, a blank row counts", async () => {
    const { db, file } = tempDatabase();
    const csv = [
      "order_id,email,paid_at,currency,amount,note",
      'R-1,a@example.com,2024-04-01,USD,12.00,"two\nlines"',
      "",
      "R-2,a@example.com,2024-04-02,USD,twelve,",
    ].join("\n");
    const summary = await importFile(db, file("rows.csv", csv), { source: "shop" });
    expect(summary.issues).toEqual([
      { row: 4, column: "amount", value: "twelve", reason: "bad_amount", level: "rejected" },
    ]);
  });

  it("list every fault of a rejected row, and count the row once", async () => {
    const { db, file } = tempDatabase();
    const csv = "order_id,email,paid_at,currency,amount\n" +
      "R-1,bad@,notadate,USD,abc\nR-2,b@example.com,2024-04-02,USD,5.00\n";
    const summary = await importFile(db, file("faults.csv", csv), { source: "shop" });
    expect(summary).toMatchObject({ recordsNew: 1, rowsRejected: 1, rowsWarned: 0 });
    const faults = summary.issues
      .map(({ row, column, reason, level }) => [row, column, reason, level]);
    expect(faults).toEqual([
      [2, "paid_at", "bad_date", "rejected"],
      [2, "amount", "bad_amount", "rejected"],
      [2, "email", "bad_email", "rejected"],
    ]);
  });

  it("count a blank line of a whitespace-separated log too", async () => {
    const { db, file } = tempDatabase();
    const log = "00001 19970101 1 11.77\n\n00002 19970112 1 abc\n";
    const summary = await importFile(db, file("cdnow.txt", log), { preset: "cdnow" });
    expect(summary.issues).toMatchObject([{ row: 3, value: "abc", level: "rejected" }]);
  });
});
