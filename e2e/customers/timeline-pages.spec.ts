import { expect, test } from "@playwright/test";

import { importFile, rollBack } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

// 250 orders of one buyer, one a day through 1997: P-0 the oldest.
const orders = ["order_id,email,date,total,currency", ...Array.from({ length: 250 }, (_, i) => {
  const day = new Date(Date.UTC(1997, 0, 1 + i)).toISOString().slice(0, 10);
  return `P-${i},pages@example.com,${day},${(i % 50) + 1}.00,USD`;
})].join("\n");

test("customers: a timeline longer than a page is read to its oldest entry", async ({ page }) => {
  await importFile(page, { name: "pages.csv", mimeType: "text/csv", buffer: Buffer.from(orders) },
    "pages-shop");
  await page.goto(`/customers?q=${encodeURIComponent("pages@example.com")}`);
  await page.getByRole("link", { name: "pages@example.com", exact: true }).click();

  const pages = page.getByTestId("timeline-pages");
  const timeline = page.getByTestId("timeline");
  await expect(pages).toContainText("1–200 of 250, newest first");
  await expect(timeline.locator("tr").first()).toContainText("P-249");
  await pages.getByRole("link", { name: "Older →" }).click();
  await expect(pages).toContainText("201–250 of 250, newest first");
  await expect(timeline.locator("tr").last()).toContainText("P-0");
  await expect(pages.getByRole("link", { name: "Older →" })).toHaveCount(0);
  await pages.getByRole("link", { name: "← Newer" }).click();
  await expect(pages).toContainText("1–200 of 250");
  await rollBack(page, "pages.csv");
});

test("customers: a customer's name as the list shows it finds them", async ({ page }) => {
  await page.goto(`/customers?q=${encodeURIComponent("CDNOW customer 00001")}`);
  await expect(page.getByRole("link", { name: "CDNOW customer 00001", exact: true })).toHaveCount(1);
  await expect(page.getByTestId("customer-rows").locator("tr")).toHaveCount(1);
});
