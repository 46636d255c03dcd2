import { expect, test } from "@playwright/test";

import { chooseFile, dryRunThenImport } from "../fixtures/imports";
import { tierCounts } from "../fixtures/tier-counts";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

test("imports: an admin uploads orders, the pyramid moves, the profile explains, the language switches", async ({ page }) => {
  const before = await tierCounts(page);
  expect(Object.values(before).reduce((a, b) => a + b, 0)).toBe(23_570);

  await chooseFile(page, "e2e/fixtures/new-orders.csv");
  await expect(page.getByTestId("recognised")).toContainText("Orders (generic)");
  // Any shop's file fits the generic preset: its source is asked, not taken as "orders".
  await expect(page.getByRole("button", { name: "Check (dry run)" })).toBeDisabled();
  await page.getByLabel("Source name").fill("web-shop");
  const { dry, done } = await dryRunThenImport(page);
  expect(dry).toMatchObject({ rowsRead: 3, recordsNew: 3, rowsRejected: 0, rowsWarned: 1 });
  expect(done).toMatchObject({ recordsNew: 3, rowsNewCustomers: 3 });
  // Ada's two orders (one email in two cases) and E2E-3's own: three rows, two customers.
  await expect(page.getByTestId("customers-rowsNewCustomers")).toHaveText("2 customers");
  await expect(page.getByTestId("import-summary")).toContainText("Row 4, column “email”, value “not-an-email”");

  // E2E-3 has no usable email: it stays a customer of its own.
  const after = await tierCounts(page);
  expect(Object.values(after).reduce((a, b) => a + b, 0)).toBe(23_572);
  expect(after).not.toEqual(before);

  await page.goto("/customers?q=e2e.vip%40example.com");
  // The name column of the file becomes the profile's name.
  await page.getByRole("link", { name: "Ada Lovelace" }).click();
  await expect(page.getByRole("heading", { name: "Ada Lovelace" })).toBeVisible();
  await expect(page).toHaveTitle("Ada Lovelace · Strata");
  await expect(page.getByTestId("tier-reason")).toContainText("VIP because");
  await expect(page.getByText("$20,150.00", { exact: true })).toBeVisible();

  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.getByText("归类原因")).toBeVisible();
  await expect(page.getByTestId("tier-reason")).toContainText("属于VIP");
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByText("Why here")).toBeVisible();

  // The browser tab names the page in the reader's language too.
  await page.goto("/imports");
  await expect(page).toHaveTitle("Imports · Strata");
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page).toHaveTitle("数据导入 · Strata");
  await page.getByLabel("语言").selectOption("en");
});

test("imports: uploading the same file again adds nothing", async ({ page }) => {
  await chooseFile(page, "e2e/fixtures/new-orders.csv");
  await page.getByLabel("Source name").fill("web-shop");
  const { done } = await dryRunThenImport(page);
  expect(done).toMatchObject({ recordsNew: 0, recordsExisting: 3 });
});
