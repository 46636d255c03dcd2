import fs from "node:fs";

import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, fixture, importFile, underTimeZones } from "./case-helpers";

const gbk = fixture("cases", "01-gbk-excel-csv", "orders_gb18030.csv");

/** Every text value stored by the import, to look for decoding damage. */
function storedText(db: ReturnType<typeof tempDatabase>["db"]): string {
  const rows = db.$client
    .prepare(`SELECT group_concat(value, '|') FROM (SELECT value FROM identifiers
      UNION ALL SELECT attributes FROM contact_records UNION ALL SELECT order_key || status FROM orders)`)
    .pluck()
    .get() as string;
  return rows;
}

async function check(file: string) {
  const { db } = tempDatabase();
  const summary = await importFile(db, file);
  expect(summary).toMatchObject({ preset: "taobao-orders", rowsRead: 3, recordsNew: 3, rowsRejected: 0, customersNew: 2 });

  expect(customer(db, "+8613800138000")).toMatchObject({
    frequency: 2, spend: { CNY: 1498 }, first: "2024-03-01", last: "2024-03-05",
  });
  expect(customer(db, "+8613900139000")).toMatchObject({ frequency: 1, spend: { CNY: 88.5 } });
  const liu = db.$client
    .prepare(`SELECT json_extract(attributes, '$.name') FROM contact_records
      WHERE record_key = 'buyer:ext:taobao:yan_liu'`)
    .pluck()
    .get() as string;
  expect([...liu].map((c) => c.codePointAt(0)!.toString(16))).toEqual(["5218", "4dae"]);
  expect(storedText(db)).not.toMatch(/[\uFFFD\uE000-\uF8FF]/);
  expect(count(db, "SELECT count(*) FROM orders WHERE status = '交易成功'")).toBe(3);
  return summary;
}

describe("case 01: an order CSV saved by Chinese Excel (GB18030, no BOM)", () => {
  it("detects GB18030, reads 刘䶮 intact and unifies 3 orders into 2 customers by phone", async () => {
    await underTimeZones(async () => {
      const summary = await check(gbk);
      expect(summary.encoding).toBe("gb18030");
    });
  });

  it("gives the same result from the UTF-8 copy of the file", async () => {
    const { file } = tempDatabase();
    const utf8 = file("orders_utf8.csv", iconv.decode(fs.readFileSync(gbk), "gb18030"));
    const summary = await check(utf8);
    expect(summary.encoding).toBe("utf-8");
  });
});
