import { describe, expect, it } from "vitest";

import { errorFileStream, savedIssuesStream } from "@/lib/ingest/error-file";
import { laterOverlaps } from "@/lib/ingest/import-overlaps";
import { listImports } from "@/lib/ingest/list-imports";
import { rollbackImport } from "@/lib/ingest/rollback-import";
import { readSummary } from "@/lib/metrics/summary";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, fixture, importFile } from "./case-helpers";

const taobao = fixture("exports", "taobao_orders.csv");
const hubspot = fixture("exports", "hubspot_contacts.csv");

describe("rollback from the history", () => {
  it("takes an import's facts back out, keeps what an earlier import stored, and recomputes", async () => {
    const { db } = tempDatabase();
    const contacts = await importFile(db, hubspot);
    const orders = await importFile(db, taobao);
    expect(orders.recordsNew).toBe(36);
    expect(customer(db, "lina.li@example.com").spend).toEqual({ CNY: 76 });

    const summary = rollbackImport(db, { importId: orders.importId!, by: "admin@example.com" });
    expect(summary.removed).toMatchObject({ orders: 36 });
    expect(count(db, "SELECT count(*) FROM orders")).toBe(0);
    expect(count(db, "SELECT count(*) FROM identifiers WHERE value LIKE 'taobao:%'")).toBe(0);
    expect(customer(db, "lina.li@example.com")).toMatchObject({ frequency: 0, spend: {} });
    expect(count(db, "SELECT count(*) FROM profiles")).toBe(contacts.customersNew);
    expect(readSummary(db).orders).toBe(0);
    expect(db.$client.prepare("SELECT status, rolled_back_by FROM imports WHERE id = ?").get(orders.importId))
      .toEqual({ status: "rolled_back", rolled_back_by: "admin@example.com" });

    expect(() => rollbackImport(db, { importId: orders.importId!, by: "x" })).toThrow(/not_rollbackable/);
    const again = await importFile(db, taobao);
    expect(again).toMatchObject({ recordsNew: 36, recordsExisting: 0 });
  });

  it("names the later imports that found its own records, and only those", async () => {
    const { db, file } = tempDatabase();
    const first = await importFile(db, taobao, { source: "shop" });
    const second = await importFile(db, taobao, { source: "shop" });
    await importFile(db, taobao, { source: "other-shop" });
    const newer = file("new.csv",
      "order id,email,date,amount,currency\nN-1,a@example.com,2026-03-01,1.00,CNY\n");
    const third = await importFile(db, newer, { source: "shop" });
    // Same source, and it finds a record already there, but the third import's, not the first's.
    const fourth = await importFile(db, newer, { source: "shop" });
    expect(fourth).toMatchObject({ recordsNew: 0, recordsExisting: 1 });
    const later = laterOverlaps(db);
    expect(later.get(first.importId!)).toEqual([second.importId]);
    expect(later.get(third.importId!)).toEqual([fourth.importId]);
    expect(later.get(second.importId!)).toBeUndefined();
    expect(db.$client.prepare("SELECT records FROM import_overlaps WHERE import_id = ?").pluck()
      .get(second.importId)).toBe(36);
    const history = listImports(db);
    const row = (id: number) => history.find((r) => r.id === id)!;

    // The history then says who rolled an import back, and when.
    expect(row(second.importId!)).toMatchObject({ rolledBackBy: null, rolledBackAt: null });
    rollbackImport(db, { importId: second.importId!, by: "ana@example.com" });
    const after = listImports(db).find((r) => r.id === second.importId)!;
    expect(after).toMatchObject({ status: "rolled_back", rolledBackBy: "ana@example.com" });
    expect(after.rolledBackAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    // A rolled-back import no longer holds anything the first one's rollback could take.
    expect(laterOverlaps(db).get(first.importId!)).toBeUndefined();
  });

  it("leaves rows that only an earlier import stored", async () => {
    const { db } = tempDatabase();
    const first = await importFile(db, taobao, { source: "shop" });
    const second = await importFile(db, taobao, { source: "shop" });
    expect(second).toMatchObject({ recordsNew: 0, recordsExisting: 36 });
    rollbackImport(db, { importId: second.importId!, by: "x" });
    expect(count(db, "SELECT count(*) FROM orders WHERE import_id = ?", first.importId)).toBe(36);
  });
});

describe("rollback after a re-import", () => {
  it("removes the customers of the first import even though a second one found its orders again", async () => {
    const { db } = tempDatabase();
    const first = await importFile(db, taobao);
    await importFile(db, taobao);
    rollbackImport(db, { importId: first.importId!, by: "x" });
    expect(count(db, "SELECT count(*) FROM identifiers")).toBe(0);
    expect(count(db, "SELECT count(*) FROM profiles")).toBe(0);
  });
});

describe("an import that does not finish", () => {
  const history = (db: ReturnType<typeof tempDatabase>["db"]) =>
    db.$client.prepare(`SELECT i.status, i.rows_read AS rowsRead, i.records_new AS recordsNew,
        i.error_message AS error, i.file_name AS fileName, s.key AS source
      FROM imports i JOIN sources s ON s.id = i.source_id`).all();

  it("writes no data when cancelled while it runs, and leaves the attempt in the history", async () => {
    const { db } = tempDatabase();
    const cancel = new AbortController();
    const run = importFile(db, taobao, { signal: cancel.signal, onProgress: () => cancel.abort() });
    await expect(run).rejects.toThrow();
    expect(count(db, "SELECT count(*) FROM orders")).toBe(0);
    expect(count(db, "SELECT count(*) FROM identifiers")).toBe(0);
    expect(count(db, "SELECT count(*) FROM profiles")).toBe(0);
    expect(history(db)).toEqual([{ status: "cancelled", rowsRead: 36, recordsNew: 0, error: null,
      fileName: "taobao_orders.csv", source: "taobao" }]);
  });

  it("keeps why a failed import stopped, and cannot be rolled back", async () => {
    const { db } = tempDatabase();
    const run = importFile(db, taobao, { onProgress: () => { throw new Error("disk full"); } });
    await expect(run).rejects.toThrow("disk full");
    expect(count(db, "SELECT count(*) FROM orders")).toBe(0);
    expect(history(db)).toEqual([{ status: "failed", rowsRead: 36, recordsNew: 0, error: "disk full",
      fileName: "taobao_orders.csv", source: "taobao" }]);
    const id = count(db, "SELECT id FROM imports");
    expect(() => rollbackImport(db, { importId: id, by: "x" })).toThrow(/not_rollbackable|rolled back/);
  });

  it("leaves nothing at all after a dry run that stops", async () => {
    const { db } = tempDatabase();
    const cancel = new AbortController();
    const run = importFile(db, taobao, { dryRun: true, signal: cancel.signal, onProgress: () => cancel.abort() });
    await expect(run).rejects.toThrow();
    expect(count(db, "SELECT count(*) FROM imports")).toBe(0);
  });
});

describe("error file", () => {
  it("lists row, column, value and reason in the user's words, with a BOM and formulas made inert", async () => {
    const { db, file } = tempDatabase();
    const input = file("bad.csv", 'order_id,email,date,amount\nX1,a@example.com,2024-01-02,"=1+1"\nX2,not-an-email,2024-01-03,5.00\n');
    const summary = await importFile(db, input, { source: "shop", currency: "USD" });
    expect(summary).toMatchObject({ recordsNew: 1, rowsRejected: 1, rowsWarned: 1 });
    const labels = {
      header: { row: "行", column: "列", value: "值", level: "处理", reason: "原因" },
      levels: { rejected: "未导入", warning: "已导入" },
      reasons: { bad_amount: "不是金额", bad_email: "邮箱格式不对" },
    };
    const bytes = Buffer.from(await new Response(errorFileStream(db, summary.importId!, labels)).arrayBuffer());
    expect(bytes.toString("utf8")).toBe("\uFEFF行,列,值,处理,原因\r\n2,amount,'=1+1,未导入,不是金额\r\n3,email,not-an-email,已导入,邮箱格式不对\r\n");

    // A dry run keeps nothing, so it saves the same list before its rollback, for the same file.
    const { db: fresh } = tempDatabase();
    const issuesFile = file("dry-run.issues.jsonl", "");
    const dry = await importFile(fresh, input, { source: "shop", currency: "USD", dryRun: true, issuesFile });
    expect(dry).toMatchObject({ importId: null, rowsRejected: 1, rowsWarned: 1 });
    expect(count(fresh, "SELECT count(*) FROM import_errors")).toBe(0);
    const saved = Buffer.from(await new Response(savedIssuesStream(issuesFile, labels)).arrayBuffer());
    expect(saved.toString("utf8")).toBe(bytes.toString("utf8"));
  });

  it("says a row kept as an order of its own was imported whole, not without its value", async () => {
    const { db, file } = tempDatabase();
    const input = file("two-shops.csv",
      "order_id,email,date,amount\nX1,a@example.com,2024-01-02,5.00\nX1,b@example.com,2024-01-03,7.00\n");
    const summary = await importFile(db, input, { source: "shop", currency: "USD" });
    expect(summary).toMatchObject({ recordsNew: 2, rowsWarned: 1 });
    const labels = {
      header: { row: "行", column: "列", value: "值", level: "处理", reason: "原因" },
      levels: { warning: "已导入，忽略该值", kept_apart: "已导入，作为单独的订单" },
      reasons: {},
    };
    const text = Buffer.from(await new Response(errorFileStream(db, summary.importId!, labels)).arrayBuffer())
      .toString("utf8");
    expect(text.split("\r\n")[1]).toBe("3,order_id,X1,已导入，作为单独的订单,order_id_reused");
  });

  it("saves every rejected row of a file of which none could be imported, past the page's first few", async () => {
    const { db, file } = tempDatabase();
    const rows = Array.from({ length: 2500 }, (_, i) => `X${i},a${i}@example.com,2024-01-02,刘${i}`);
    const input = file("bad.csv", `order_id,email,date,amount\n${rows.join("\n")}\n`);
    const issuesFile = file("all-rejected.issues.jsonl", "");
    const summary = await importFile(db, input, { preset: "orders-csv", source: "shop", currency: "USD", issuesFile });
    expect(summary).toMatchObject({ importId: null, everyRowRejected: true, rowsRejected: 2500 });
    expect(summary.issues.length).toBeLessThan(2500);
    const labels = { header: { row: "row", column: "column", value: "value", level: "level", reason: "reason" },
      levels: {}, reasons: {} };
    const text = Buffer.from(await new Response(savedIssuesStream(issuesFile, labels)).arrayBuffer()).toString("utf8");
    const lines = text.trimEnd().split("\r\n");
    expect(lines).toHaveLength(2501);
    expect(lines[2500]).toBe("2501,amount,刘2499,rejected,bad_amount");
  });
});
