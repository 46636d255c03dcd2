import { expect, test } from "@playwright/test";

import { chooseFile, dryRunThenImport, rollBack } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

// Whole euros grouped by points: no amount in the file shows where its cents would be.
const grouped = {
  name: "bestellungen.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(["order_id,email,date,total,currency",
    "DE-1,greta@example.de,1997-06-02,12.500,EUR",
    "DE-2,hans@example.de,1997-06-03,2.750,EUR"].join("\n")),
};

test("imports: a point before three digits is asked about, and the answer is what is stored", async ({
  page,
}) => {
  await chooseFile(page, grouped);
  await page.getByLabel("Source name").fill("shop-de");
  const question = page.getByTestId("decimal-mark");
  await expect(question).toContainText("Amounts like 12.500 in this file are");
  await expect(page.getByRole("button", { name: "Check (dry run)" })).toBeDisabled();
  await expect(page.getByText("Say whether the point in amounts like 12.500 marks the cents or " +
    "groups thousands.")).toBeVisible();

  await question.getByLabel("12,500.00: the point groups thousands").click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("€12,500.00");
  await expect(question.getByLabel("12,500.00: the point groups thousands")).toBeChecked();
  const { done } = await dryRunThenImport(page);
  expect(done).toMatchObject({ rowsRead: 2, recordsNew: 2, rowsRejected: 0 });
  await expect(page.getByTestId("import-summary")).toContainText("€15,250.00");
  await rollBack(page, grouped.name);
});

test("imports: the question reads in Chinese, with the amounts in the reader's format", async ({
  page, context, baseURL,
}) => {
  await context.addCookies([{ name: "strata-locale", value: "zh-CN", url: baseURL! }]);
  await page.goto("/imports");
  await page.locator("input[type=file]").setInputFiles(grouped);
  const question = page.getByTestId("decimal-mark");
  await expect(question).toContainText("文件中形如 12.500 的金额是");
  await expect(question.getByLabel("12.50：点是小数点")).toBeVisible();
  await expect(question.getByLabel("12,500.00：点是千位分隔符")).toBeVisible();
});
