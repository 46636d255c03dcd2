import { expect, test } from "@playwright/test";

import { chooseFile } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

test("imports: a person's WeChat bill is named as such, with no mapping screen", async ({ page }) => {
  const bill = ["微信支付账单明细", "微信昵称：[小明]", "共1笔记录", "",
    "----------------------微信支付账单明细列表--------------------",
    "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注",
    "2024-03-02 12:00:00,商户消费,星巴克,咖啡,支出,¥23.50,零钱,支付成功,4200001234202403021234567890,10001234,/"];
  await chooseFile(page, { name: "微信支付账单.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${bill.join("\n")}\n`) });
  await expect(page.getByTestId("import-preview").getByRole("alert")).toContainText("personal payment ledger");
  await expect(page.getByTestId("mapping-table")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Check (dry run)" })).toHaveCount(0);
});
