import { describe, expect, it } from "vitest";

import { previewFile } from "@/lib/ingest/preview-file";
import { tempDatabase } from "@/lib/testing/temp-db";

import { importFile } from "./case-helpers";

describe("rows the reader cannot make out", () => {
  it("rejects a JSON line that is cut off or not an object, with its text, and imports the rest", async () => {
    const { db, file } = tempDatabase();
    const lines = file("orders.jsonl", [
      '{"order_id":"Q1","email":"q1@example.com","total":"5.00","currency":"USD","created_at":"2026-02-01"}',
      '{"order_id":"Q2","email":"q2@example.com","total":"6.00",',
      '{"order_id":"Q3","email":"q3@example.com","total":"7.00","currency":"USD","created_at":"2026-02-03"}',
      "[1,2,3]",
      "",
      '{"order_id":"Q4","email":"q4@example.com","total":8,"currency":"USD","created_at":"2026-02-04"}',
    ].join("\n"));
    const summary = await importFile(db, lines, { source: "api" });
    expect(summary).toMatchObject({ rowsRead: 5, recordsNew: 3, rowsRejected: 2 });
    expect(summary.issues).toEqual([
      { row: 2, column: "", value: '{"order_id":"Q2","email":"q2@example.com","total":"6.00",',
        reason: "not_json_object", level: "rejected" },
      { row: 4, column: "", value: "[1,2,3]", reason: "not_json_object", level: "rejected" },
    ]);
    expect(summary.sales).toEqual([{ currency: "USD", orders: 3, refunds: 0, amountMinor: 2_000, notCounted: 0 }]);

    // The preview names them as the import will, and its table holds only the rows that read.
    const preview = await previewFile(db, { file: lines });
    expect(preview.faults).toEqual(summary.issues.map(({ row, value, reason }) =>
      ({ row, reason, text: value })));
    expect(preview.rows.map((row) => row[preview.headers.indexOf("order_id")]))
      .toEqual(["Q1", "Q3", "Q4"]);
  });

  it("rejects only the row whose quote never closes, and reads the lines it swallowed", async () => {
    const { db, file } = tempDatabase();
    const orders = file("orders.csv", ["order_id,email,total,currency,order_date",
      "U1,u1@example.com,1.00,USD,2026-02-01", 'U2,"u2@example.com,2.00,USD,2026-02-02',
      "U3,u3@example.com,3.00,USD,2026-02-03", 'U4,u4@example.com,4.00,USD,"2026-02-04',
      "U5,u5@example.com,5.00,USD,2026-02-05"].join("\n"));
    const summary = await importFile(db, orders, { source: "pos" });
    expect(summary).toMatchObject({ rowsRead: 5, recordsNew: 3, rowsRejected: 2 });
    expect(summary.issues).toEqual([
      { row: 3, column: "", value: "U2,u2@example.com,2.00,USD,2026-02-02 …", reason: "unclosed_quote",
        level: "rejected" },
      { row: 5, column: "", value: "U4,u4@example.com,4.00,USD,2026-02-04 …", reason: "unclosed_quote",
        level: "rejected" },
    ]);
    expect(summary.sales).toEqual([{ currency: "USD", orders: 3, refunds: 0, amountMinor: 900, notCounted: 0 }]);

    const preview = await previewFile(db, { file: orders });
    expect(preview.faults.map(({ row, reason }) => [row, reason]))
      .toEqual([[3, "unclosed_quote"], [5, "unclosed_quote"]]);
    expect(preview.rows.map((row) => row[0])).toEqual(["U1", "U3", "U5"]);
  });

  it("costs one row for an unquoted formula that a comma cuts into a badly quoted cell", async () => {
    const { db, file } = tempDatabase();
    const orders = file("orders.csv", ["order_id,email,total,currency,order_date,name",
      'F1,f1@example.com,10.00,USD,2024-03-05,=HYPERLINK("http://evil","x")',
      "F2,f2@example.com,11.00,USD,2024-03-05,-2+3",
      "F3,f3@example.com,12.00,USD,2024-03-05,@SUM(1+1)"].join("\n"));
    const summary = await importFile(db, orders, { source: "pos" });
    expect(summary).toMatchObject({ rowsRead: 3, recordsNew: 2, rowsRejected: 1 });
    expect(summary.issues[0]).toMatchObject({ row: 2, reason: "unclosed_quote" });
  });

  it("says a rejected row was cut short, and says nothing of a short row that reads", async () => {
    const { db, file } = tempDatabase();
    const orders = file("orders.csv", ["order_id,email,total,currency,order_date,note",
      "R1,r1@example.com,1.00,USD,2026-02-01,gift", "R2,r2@example.com,2.00,USD,2026-02-02",
      "R3,r3@example.com,12.00"].join("\n"));
    const summary = await importFile(db, orders, { source: "pos" });
    expect(summary).toMatchObject({ rowsRead: 3, recordsNew: 2, rowsRejected: 1 });
    expect(summary.issues.map(({ row, value, reason }) => [row, value, reason])).toEqual([
      [4, "", "missing_date"],
      [4, "R3,r3@example.com,12.00", "short_row"],
    ]);
  });

  it("warns of cells past the header's, which a comma in a name pushes the row's columns into", async () => {
    const { db, file } = tempDatabase();
    const orders = file("orders.csv", ["order_id,email,total,currency,order_date",
      "V1,v1@example.com,1.00,USD,2026-02-01", "V2,v2@example.com,2.00,USD,2026-02-02,surplus,",
      "V3,v3@example.com,3.00,USD,2026-02-03,,"].join("\n"));
    const summary = await importFile(db, orders, { source: "pos" });
    expect(summary).toMatchObject({ rowsRead: 3, recordsNew: 3, rowsWarned: 1 });
    expect(summary.issues).toEqual([
      { row: 3, column: "", value: "surplus", reason: "extra_cells", level: "warning" },
    ]);
  });
});
