import fs from "node:fs";

import { expect, test, type Browser, type Page } from "@playwright/test";
import Papa from "papaparse";

import { importFile } from "../fixtures/imports";
import { admin, marketer } from "../fixtures/users";

const BOM = "\uFEFF";

async function pageAs(browser: Browser, user: { state: string }): Promise<Page> {
  const context = await browser.newContext({ storageState: user.state });
  return context.newPage();
}

/** Incremental revenue and cost of the whole campaign, read from the first row of the report's table. */
async function campaignMoney(page: Page): Promise<{ incrementalRevenue: number; cost: number }> {
  const cells = page.getByRole("row", { name: /Whole campaign/ }).first().locator("td");
  const money = async (i: number) => Number((await cells.nth(i).innerText()).split("\n")[0].replace(/[^0-9.-]/g, ""));
  return { incrementalRevenue: await money(5), cost: await money(6) };
}

/** Contacted customers on the plan page: the first figure of the "Contacted" row (all targets). */
async function contacted(page: Page): Promise<number> {
  const cell = page.getByTestId("audience-treatment").locator("td").nth(1);
  return Number((await cell.innerText()).replace(/,/g, ""));
}

test("campaigns: two tiers with a holdout are approved, launched and exported; orders after the send show uplift and ROI", async ({ browser }) => {
  const page = await pageAs(browser, marketer);
  await page.goto("/campaigns/new");
  await page.getByLabel("Name").fill("E2E VIP and Gold summer");
  await page.getByLabel("Goal").selectOption("retain");
  await page.getByLabel("Core message").fill("Thank you for a great year");
  // Inside the CDNOW data (to 1998-06-30), so the as-of date of the shared e2e database stays put.
  await page.getByLabel("Send date").fill("1998-06-01");
  await page.getByLabel("End date", { exact: true }).fill("1998-06-30");
  await page.getByLabel("Holdout (%)").fill("15");
  await page.getByLabel("Fixed cost").fill("500");
  await page.getByLabel("Cost per contact").fill("1");
  await page.getByLabel("Budget").fill("6000");
  await page.getByRole("combobox", { name: "Target 1" }).selectOption("vip");
  await page.getByLabel("Channel 1A").selectOption("direct_mail");
  await page.getByLabel("Offer 1A").fill("=Free gift with your next order");
  await page.getByRole("button", { name: "Add target" }).click();
  await expect(page.getByRole("combobox", { name: "Target 2" })).toHaveValue("gold");
  await page.getByLabel("Channel 2A").selectOption("in_store");
  await page.getByLabel("Offer 2A").fill("15% off");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/campaigns\/\d+$/);
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();
  const planned = await contacted(page);
  expect(planned).toBeGreaterThan(500);

  // Above the 5,000.00 threshold: submitting waits for a manager; a marketer sees no approve button.
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByText("Pending approval", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve budget" })).toHaveCount(0);
  const approver = await pageAs(browser, admin);
  await approver.goto(page.url());
  await approver.getByRole("button", { name: "Approve budget" }).click();
  await expect(approver.getByText("Approved", { exact: true })).toBeVisible();

  await page.reload();
  // Asked in the page first: "Not yet" leaves it approved, the dialog's Launch launches it.
  await page.getByRole("button", { name: "Launch" }).click();
  const confirm = page.getByRole("dialog", { name: "Launch this campaign?" });
  await expect(confirm).toContainText("Launching freezes the audience");
  await confirm.getByRole("button", { name: "Not yet" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText("Approved", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Launch" }).click();
  await confirm.getByRole("button", { name: "Launch" }).click();
  await expect(page.getByText("Live", { exact: true })).toBeVisible();
  expect(await contacted(page)).toBe(planned);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "All contacted (CSV)" }).click();
  const text = fs.readFileSync(await (await download).path(), "utf8");
  expect(text.startsWith(BOM)).toBe(true);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(planned);
  expect(new Set(rows.map((r) => r.profile)).size).toBe(planned);
  expect(rows.find((r) => r.target === "tier:vip")!.offer).toBe("'=Free gift with your next order");

  // Before the import the report holds only the customers' own June orders.
  await page.getByRole("link", { name: "Results" }).click();
  const before = await campaignMoney(page);
  expect(before.cost).toBe(500 + planned);

  // 40 % of the contacted buy 60.00 each two weeks after the send; nobody in the holdout does.
  const buyers = rows.slice(0, Math.round(rows.length * 0.4));
  const csv = ["order_id,customer_id,date,amount,currency",
    ...buyers.map((r, i) => `E2E-CMP-${i},${r.customer_ids.split(" ")[0].replace(/^cdnow:/, "")},1998-06-15,60.00,USD`)].join("\n");
  const file = { name: "june-orders.csv", mimeType: "text/csv", buffer: Buffer.from(csv) };
  const { done } = await importFile(approver, file, "cdnow");
  expect(done.recordsNew).toBe(buyers.length);

  // Treated revenue grows by 60.00 × buyers and the holdout's does not, so incremental revenue
  // grows by exactly that; ROI = (30 % margin × incremental revenue − cost) / cost.
  await page.reload();
  await expect(page.getByTestId("verdict")).toContainText("Trustworthy");
  const after = await campaignMoney(page);
  expect(after.incrementalRevenue - before.incrementalRevenue).toBeCloseTo(60 * buyers.length, 2);
  const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });
  const kpis = page.getByTestId("report-kpis");
  await expect(kpis).toContainText(`ROI${percent.format((0.3 * after.incrementalRevenue - after.cost) / after.cost)}`);
  await expect(kpis).toContainText("Uplift");

  await page.goto("/campaigns");
  const row = page.getByRole("row", { name: /E2E VIP and Gold summer/ });
  await expect(row).toContainText("Live");
  await expect(row).toContainText("Works");
});

test("campaigns: audience files need a signed-in user", async ({ request }) => {
  expect((await request.get("/api/campaigns/1/export/generic")).status()).toBe(401);
});
