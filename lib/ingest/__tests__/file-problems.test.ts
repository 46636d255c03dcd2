import fs from "node:fs";

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { previewFile } from "@/lib/ingest/preview-file";
import { tempDatabase } from "@/lib/testing/temp-db";

import { mulberry32 } from "../../../bench/seeded-random";

import { count, fixture, importFile } from "./case-helpers";

/** Bytes as an image or an archive holds them, the same every run. */
function binaryJunk(size: number): Buffer {
  const random = mulberry32(7);
  return Buffer.from(Array.from({ length: size }, () => Math.floor(random() * 256)));
}

describe("a file with no table in it", () => {
  it("says a file of binary bytes is not text, whatever encoding would decode it", async () => {
    const { db, file } = tempDatabase();
    const junk = file("photo.csv", binaryJunk(4096));
    await expect(importFile(db, junk)).rejects.toThrow("not_text");
    for (const encoding of [undefined, "gb18030", "utf-16le"] as const) {
      const preview = await previewFile(db, { file: junk, encoding });
      expect(preview.problem?.code).toBe("not_text");
      expect(preview.headers).toEqual([]);
    }
    expect(count(db, "SELECT count(*) FROM imports")).toBe(0);
  });

  it("says an Excel workbook cut short is damaged, in the preview and the import alike", async () => {
    const { db, folder, file } = tempDatabase();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Orders");
    sheet.addRow(["order_id", "email", "date", "amount", "currency"]);
    for (let n = 1; n <= 200; n++) sheet.addRow([`A${n}`, `a${n}@example.com`, "2024-03-05", 10, "CNY"]);
    await workbook.xlsx.writeFile(`${folder}/whole.xlsx`);
    const cut = file("cut.xlsx", fs.readFileSync(`${folder}/whole.xlsx`).subarray(0, 2000));

    const preview = await previewFile(db, { file: cut });
    // A workbook still: no encoding to choose.
    expect(preview).toMatchObject({ problem: { code: "broken_workbook" }, format: "xlsx" });
    expect(preview.headers).toEqual([]);
    await expect(importFile(db, cut, { source: "shop" })).rejects.toThrow("broken_workbook");
    expect(count(db, "SELECT count(*) FROM orders")).toBe(0);
  });

  it("says so when a wrong encoding makes text look binary, and names the one detected", async () => {
    const { db, file } = tempDatabase();
    const text = "order_id,email,created_at,total\nA1,a@example.com,2024-01-02,5.00\n".repeat(4);
    const utf16 = file("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const wrong = await previewFile(db, { file: utf16, encoding: "utf-8" });
    expect(wrong).toMatchObject({ problem: { code: "not_text" }, encoding: "utf-8", detectedEncoding: "utf-16le" });
    expect((await previewFile(db, { file: utf16 })).problem).toBeNull();
  });

  it("says a file of only a header has no rows, and a blank file holds none", async () => {
    const { db, file } = tempDatabase();
    const header = file("header.csv", "order_id,email,created_at,total\n");
    await expect(importFile(db, header)).rejects.toThrow("no_rows");
    expect((await previewFile(db, { file: header })).problem?.code).toBe("no_rows");
    // Columns no preset knows, and no date among them: still a header with nothing under it.
    const unknown = file("leer.csv", "Kundennummer;Vorname;Nachname\n");
    expect((await previewFile(db, { file: unknown })).problem?.code).toBe("no_rows");
    const blank = file("blank.csv", "\n\n");
    expect((await previewFile(db, { file: blank })).problem?.code).toBe("empty_file");
  });

  it("reads a short file with a stray control character as text", async () => {
    const { db, file } = tempDatabase();
    const stray = file("stray.csv", "order_id,email,created_at,total\nA1,a@example.com,2024-01-02,5.00\u0007\n");
    expect((await previewFile(db, { file: stray })).problem).toBeNull();
  });
});

describe("a person's own payment ledger", () => {
  // WeChat's personal bill (微信 › 钱包 › 账单 › 下载账单): a preamble, then one person's payments.
  const preamble = ["微信支付账单明细", "微信昵称：[小明]", "起始时间：[2024-01-01 00:00:00] 终止时间：[2024-03-31 23:59:59]",
    "导出类型：[全部]", "导出时间：[2024-04-01 10:00:00]", "", "共2笔记录", "收入：1笔 100.00元", "支出：1笔 23.50元",
    "中性交易：0笔 0.00元", "注：", "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
    "2. 本明细仅展示当前账单中的交易，不包括已删除的记录", "3. 本明细仅供个人对账使用", "",
    "----------------------微信支付账单明细列表--------------------"];
  const ledger = [
    "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    "2024-03-02 12:00:00,商户消费,星巴克,咖啡,支出,¥23.50,零钱,支付成功,4200001234202403021234567890\t,10001234\t,/",
    "2024-03-05 09:00:00,转账,张三,/,收入,¥100.00,/,已收钱,1000050001202403050000000001\t,/,/",
  ];

  it("is named as such instead of sent to the mapping screen, for WeChat's bill and a ledger without its title", async () => {
    const { db, file } = tempDatabase();
    const wechat = file("微信支付账单.csv", `\uFEFF${[...preamble, ...ledger].join("\n")}\n`);
    await expect(importFile(db, wechat)).rejects.toThrow("personal_ledger");
    expect((await previewFile(db, { file: wechat })).problem?.code).toBe("personal_ledger");
    const untitled = file("bill.csv", `${ledger.join("\n")}\n`);
    await expect(importFile(db, untitled)).rejects.toThrow("personal_ledger");
    expect(count(db, "SELECT count(*) FROM imports")).toBe(0);
  });

  it("does not take the merchant's trade bill for one", async () => {
    const { db } = tempDatabase();
    const summary = await importFile(db, fixture("exports", "wechatpay_trade_bill.csv"), { dryRun: true });
    expect(summary.preset).toBe("wechat-pay-bill");
  });
});
