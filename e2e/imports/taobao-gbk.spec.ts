import { expect, test } from "@playwright/test";

import { admin } from "../fixtures/users";

import { chooseFile, dryRunThenImport } from "../fixtures/imports";

test.use({ storageState: admin.state });

const file = "e2e/fixtures/taobao_orders_gbk.csv";

test("imports: a GBK Taobao export is decoded, dry-run, imported, re-imported with nothing added, and rolled back", async ({ page }) => {
  await chooseFile(page, file);
  await expect(page.getByTestId("decoded-text")).toContainText("订单编号,买家会员名");
  await expect(page.getByTestId("decoded-text")).toContainText("港湾织物生活馆");
  await expect(page.getByLabel("Encoding")).toHaveValue("gb18030");
  await expect(page.getByTestId("recognised")).toContainText("Taobao / Tmall orders");
  await expect(page.getByTestId("mapping-table")).toContainText("+8613900000008");

  const first = await dryRunThenImport(page);
  expect(first.dry).toMatchObject({ rowsRead: 36, recordsNew: 36, recordsExisting: 0, rowsRejected: 0 });
  expect(first.done).toMatchObject({ recordsNew: 36 });

  // Yuan without a rate to the demo's dollars: the profile says why its spend reads as nothing.
  await page.goto("/customers?q=xiaomei");
  await page.locator("main a[href^='/customers/']").first().click();
  await expect(page.getByTestId("tier-reason"))
    .toContainText("Their orders in CNY are not in that figure: there is no rate to USD yet.");

  await chooseFile(page, file);
  const second = await dryRunThenImport(page);
  expect(second.done).toMatchObject({ recordsNew: 0, recordsExisting: 36, rowsNewCustomers: 0 });

  await page.goto("/imports");
  const row = page.locator("tr", { hasText: "taobao_orders_gbk.csv" }).filter({ hasText: "36" }).filter({ hasText: "Done" });
  // The re-import stored nothing, so it has nothing to take back out.
  const reimport = row.first();
  await expect(reimport.locator("td").nth(4)).toHaveText("0");
  await expect(reimport).toContainText("Added nothing: nothing to roll back.");
  await expect(reimport.getByRole("button", { name: "Roll back" })).toHaveCount(0);
  const firstImport = row.last();
  // Its "New records" cell (when, file, status, rows, new records, …).
  await expect(firstImport.locator("td").nth(4)).toHaveText("36");
  await firstImport.getByRole("button", { name: "Roll back" }).click();
  // It says what goes before anything does: the file's sales, and its customers no other file has.
  const confirm = page.getByRole("dialog");
  await expect(confirm).toContainText("This takes out what taobao_orders_gbk.csv brought in:");
  await expect(confirm).toContainText("28 sales worth CN¥7,074.20");
  await confirm.getByRole("button", { name: "Roll back" }).click();
  await expect(page.locator("tr", { hasText: "taobao_orders_gbk.csv" }).filter({ hasText: "Rolled back" })).toHaveCount(1);

  await page.goto("/customers?q=xiaomei");
  await expect(page.getByText("No customer matches.")).toBeVisible();
});
