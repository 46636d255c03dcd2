import { expect, test } from "@playwright/test";

import { tierCounts } from "../fixtures/tier-counts";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

test("imports: an admin uploads orders, the pyramid moves, the profile explains, the language switches", async ({ page }) => {
  const before = await tierCounts(page);
  expect(Object.values(before).reduce((a, b) => a + b, 0)).toBe(23_570);

  await page.goto("/imports");
  await page.getByLabel("File").setInputFiles("e2e/fixtures/new-orders.csv");
  await page.getByLabel("Format").selectOption("orders-csv");
  await page.getByLabel("Source name").fill("web-shop");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("Import finished");
  await expect(summary).toContainText("Row 4, column “email”, value “not-an-email”");
  await expect(summary.locator("dd").nth(1)).toHaveText("2"); // new orders
  await expect(summary.locator("dd").nth(3)).toHaveText("1"); // rejected

  const after = await tierCounts(page);
  expect(Object.values(after).reduce((a, b) => a + b, 0)).toBe(23_571);
  expect(after).not.toEqual(before);

  await page.goto("/customers?q=e2e.vip%40example.com");
  await page.getByRole("link", { name: "e2e.vip@example.com" }).click();
  await expect(page.getByRole("heading", { name: "e2e.vip@example.com" })).toBeVisible();
  await expect(page.getByTestId("tier-reason")).toContainText("VIP because");
  await expect(page.getByText("$20,150.00", { exact: true })).toBeVisible();

  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.getByText("归类原因")).toBeVisible();
  await expect(page.getByTestId("tier-reason")).toContainText("属于VIP");
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByText("Why here")).toBeVisible();
});

test("imports: uploading the same file again adds nothing", async ({ page }) => {
  await page.goto("/imports");
  await page.getByLabel("File").setInputFiles("e2e/fixtures/new-orders.csv");
  await page.getByLabel("Format").selectOption("orders-csv");
  await page.getByLabel("Source name").fill("web-shop");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("Import finished");
  await expect(summary.locator("dd").nth(1)).toHaveText("0");
  await expect(summary.locator("dd").nth(2)).toHaveText("2");
});
