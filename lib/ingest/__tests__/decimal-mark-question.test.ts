import { describe, expect, it } from "vitest";

import { previewFile } from "@/lib/ingest/preview-file";
import { savePreset } from "@/lib/ingest/presets/save-preset";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, importFile } from "./case-helpers";

// A German shop's export: whole euros grouped by points, so no amount shows the cents.
const grouped = "order_id,email,date,total,currency\n" +
  "D-1,anna@example.de,2025-03-04,12.500,EUR\nD-2,ben@example.de,2025-03-05,2.750,EUR\n" +
  "D-3,cleo@example.de,2025-03-06,1.299,EUR\n";
const totalAt = 3;

const stored = (db: ReturnType<typeof tempDatabase>["db"]) =>
  count(db, "SELECT sum(amount_minor) FROM orders");

describe("amounts whose point reads either way", () => {
  it("are asked about in the preview, with what each answer makes of the file's own amount",
    async () => {
    const { db, file } = tempDatabase();
    const input = file("bestellungen.csv", grouped);
    const unsaid = await previewFile(db, { file: input });
    expect(unsaid).toMatchObject({ problem: null, decimalMark: "ask",
      decimalMarkAsked: { example: "12.500", point: 1250, comma: 1_250_000 } });

    const thousands = await previewFile(db, { file: input, decimalMark: "," });
    expect(thousands).toMatchObject({ decimalMark: ",", decimalMarkAsked: { example: "12.500" } });
    expect(thousands.parsed.map((row) => row[totalAt]?.value))
      .toEqual(["12500.00 EUR", "2750.00 EUR", "1299.00 EUR"]);
    const cents = await previewFile(db, { file: input, decimalMark: "." });
    expect(cents.parsed[0][totalAt]?.value).toBe("12.50 EUR");
  });

  it("stop the import until the mark is said, then store the amounts as said", async () => {
    const { db, file } = tempDatabase();
    const input = file("bestellungen.csv", grouped);
    await expect(importFile(db, input))
      .rejects.toMatchObject({ code: "ask_decimal_mark", params: { example: "12.500" } });
    expect(count(db, "SELECT count(*) FROM orders")).toBe(0);

    const summary = await importFile(db, input, { source: "shop-de", decimalMark: "," });
    expect(summary.recordsNew).toBe(3);
    expect(stored(db)).toBe(1_654_900);
    expect(summary.sales).toEqual([expect.objectContaining({ currency: "EUR", amountMinor: 1_654_900 })]);
  });

  it("read as decimals when said so, the dropped digit warned of", async () => {
    const { db, file } = tempDatabase();
    const summary = await importFile(db, file("orders.csv", grouped),
      { source: "shop-de", decimalMark: "." });
    // 12.50 + 2.75 + 1.30 (1.299 rounded).
    expect(stored(db)).toBe(1_655);
    expect(summary.issues).toEqual([expect.objectContaining({ row: 4, column: "total", value: "1.299",
      reason: "amount_rounded", level: "warning" })]);
  });

  it("are not asked about where a cell shows the cents, or where only a comma groups", async () => {
    const { db, file } = tempDatabase();
    const told = file("told.csv", `${grouped}D-4,dora@example.de,2025-03-07,"4,50",EUR\n`);
    expect(await previewFile(db, { file: told })).toMatchObject({ decimalMark: ",", decimalMarkAsked: null });
    const summary = await importFile(db, told, { source: "shop-de" });
    expect(summary.recordsNew).toBe(4);
    expect(stored(db)).toBe(1_654_900 + 450);

    const commas = file("us.csv", "order_id,email,date,total,currency\n" +
      "U-1,al@example.com,2025-03-04,\"1,299\",USD\nU-2,bo@example.com,2025-03-05,15,USD\n");
    expect(await previewFile(db, { file: commas }))
      .toMatchObject({ decimalMark: null, decimalMarkAsked: null });
  });

  it("keep the answer in a preset saved from the mapping, which reads the next file unasked",
    async () => {
    const { db, file } = tempDatabase();
    const columns = { orderId: ["order_id"], email: ["email"], orderedAt: ["date"], amount: ["total"],
      currency: ["currency"] };
    const mapping = { kind: "order" as const, columns, decimalMark: "," as const };
    savePreset(db, { label: "Shop DE", source: "shop-de", mapping, createdBy: "test" });
    const next = file("bestellungen-april.csv", grouped.replaceAll("D-", "A-"));
    const preview = await previewFile(db, { file: next });
    expect(preview).toMatchObject({ recognised: { label: "Shop DE", reads: { decimalMark: "," } },
      decimalMark: ",", decimalMarkAsked: { example: "12.500" } });
    await importFile(db, next);
    expect(stored(db)).toBe(1_654_900);
  });

  it("past the first rows, which did not tell, are read as decimals and warned of", async () => {
    const { db, file } = tempDatabase();
    const whole = Array.from({ length: 120 }, (_, i) =>
      `W-${i},w${i}@example.de,2025-03-04,${10 + i},EUR`);
    const input = file("lang.csv", `order_id,email,date,total,currency\n${whole.join("\n")}\n` +
      "W-120,late@example.de,2025-03-05,12.500,EUR\n");
    const summary = await importFile(db, input, { source: "shop-de" });
    expect(summary.recordsNew).toBe(121);
    expect(summary.issues).toEqual([expect.objectContaining({ row: 122, value: "12.500",
      reason: "amount_rounded", level: "warning" })]);
  });

  it("are not asked about in a JSON file, whose numbers always have a point", async () => {
    const { db, file } = tempDatabase();
    const lines = file("orders.jsonl", [
      '{"order_id":"J1","email":"j1@example.com","total":1.299,"currency":"USD","created_at":"2025-03-04"}',
      '{"order_id":"J2","email":"j2@example.com","total":2,"currency":"USD","created_at":"2025-03-05"}',
    ].join("\n"));
    expect(await previewFile(db, { file: lines }))
      .toMatchObject({ decimalMark: null, decimalMarkAsked: null });
    await importFile(db, lines, { source: "api" });
    expect(stored(db)).toBe(130 + 200);
  });
});
