import { expect, test, type Page } from "@playwright/test";

import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

/** Customers in one tier, read from the tier table of the value-structure page. */
async function tierCount(page: Page, tier: string): Promise<number> {
  await page.goto("/structure");
  const table = page.locator("section", { has: page.getByRole("heading", { name: "Tiers" }) });
  const row = table.locator("tbody tr", { has: page.getByText(tier, { exact: true }) });
  return Number((await row.locator("td").nth(1).innerText()).replace(/,/g, ""));
}

async function saveVipShare(page: Page, percent: string) {
  await page.goto("/settings");
  await page.getByLabel("VIP share (%)").fill(percent);
  await page.getByRole("button", { name: "Save and recompute" }).click();
  const status = page.getByRole("status").filter({ hasText: "Recomputed" });
  await expect(status).toContainText(/Saved\. Recomputed [\d,]+ customers: [\d,]+ changed tier/);
  return status.innerText();
}

test("structure: an admin changes a pyramid cut-off and the counts move", async ({ page }) => {
  const before = await tierCount(page, "VIP");
  expect(before).toBeGreaterThan(200);

  const saved = await saveVipShare(page, "2");
  const moved = Number(/([\d,]+) changed tier/.exec(saved)?.[1].replace(/,/g, ""));
  const after = await tierCount(page, "VIP");
  // Twice the share: about twice the VIPs, and every new VIP moved up from Gold.
  expect(after).toBeGreaterThan(before * 1.8);
  expect(moved).toBeGreaterThanOrEqual(after - before);
  await expect(page.getByTestId("definitions")).toContainText("top 2% VIP");

  await saveVipShare(page, "1");
  expect(await tierCount(page, "VIP")).toBe(before);
});

test("structure: a bad cut-off is refused with the reason, and nothing changes", async ({
  page,
}) => {
  await page.goto("/settings");
  await page.getByLabel("Bronze share (%)").fill("90");
  await page.getByRole("button", { name: "Save and recompute" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toContainText(
    "the tier shares add up to more than 100 %",
  );
  // What was typed stays, to correct rather than type again, and the shares are marked.
  await expect(page.getByLabel("Bronze share (%)")).toHaveValue("90");
  await expect(page.getByLabel("Bronze share (%)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Rank buyers by")).toHaveAttribute("aria-invalid", "false");
  await page.reload();
  await expect(page.getByLabel("Bronze share (%)")).toHaveValue("30");
});

test("structure: an as-of date outside the orders' years is refused", async ({ page }) => {
  await page.goto("/settings");
  const asOf = page.locator("input[name=asOf]");
  await asOf.fill("2030-01-01");
  await page.getByRole("button", { name: "Save and recompute" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toContainText(
    /the as-of date must be from the first order \(1997-01-01\) to today \(\d{4}-\d\d-\d\d\)/);
  await expect(asOf).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(asOf).toHaveValue("");
});

test("structure: a base currency the orders have no rate to is named on saving", async ({
  page,
}) => {
  await page.goto("/settings");
  const save = page.getByRole("button", { name: "Save and recompute" });
  const base = page.locator("form", { has: save }).getByLabel("Base currency");
  try {
    await base.fill("EUR");
    await page.getByRole("button", { name: "Save and recompute" }).click();
    await expect(page.getByTestId("settings-unconverted")).toContainText(
      new RegExp("[\\d,]+ orders in USD are in the order count but in no money figure here " +
        ".*no exchange rate to EUR"));
  } finally {
    await base.fill("");
    await page.getByRole("button", { name: "Save and recompute" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Recomputed" })).toBeVisible();
    await expect(page.getByTestId("settings-unconverted")).toHaveCount(0);
  }
});
