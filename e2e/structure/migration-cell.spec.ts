import { expect, test } from "@playwright/test";

import { marketer } from "../fixtures/users";

test.use({ storageState: marketer.state });

test("structure: a migration cell opens the list of exactly those customers", async ({ page }) => {
  await page.goto("/structure/movement?dimension=tier&from=1997-06&to=1998-06");
  const matrix = page.getByRole("table", { name: "Who moved where" });
  // Gold customers of June 1997 who are Silver a year later.
  const cell = matrix.locator('a[title$=" Gold customers became Silver"]');
  const count = (await cell.innerText()).trim();
  expect(Number(count.replace(/,/g, ""))).toBeGreaterThan(0);

  await cell.click();
  await expect(page).toHaveURL(/\/customers\?.*move=tier.*moveFromKey=gold.*moveToKey=silver/);
  await expect(page.getByRole("heading", { name: "Customers" })).toBeVisible();
  await expect(page.getByText(`${count} customers`, { exact: true })).toBeVisible();
  await expect(
    page.getByText(/Filtered by Tier Gold at the end of 1997-06 → Silver at the end of 1998-06/),
  ).toBeVisible();
  // Everyone listed is Silver now.
  const tiers = await page.locator("tbody tr td:nth-child(2)").allInnerTexts();
  expect(new Set(tiers.map((t) => t.trim()))).toEqual(new Set(["Silver"]));
});

test("structure: the history, cohort and prediction pages show their definitions", async ({
  page,
}) => {
  for (const [path, heading, definition] of [
    ["/structure/movement", "Movement over time", "one snapshot per month"],
    ["/structure/cohorts", "Cohorts and Pareto", "one snapshot per month"],
    ["/structure/predictions", "Predicted value", "BG/NBD + Gamma-Gamma"],
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    await expect(page.getByTestId("definitions")).toContainText(definition);
  }
  await expect(page.getByRole("cell", { name: "α" })).toBeVisible();
});
