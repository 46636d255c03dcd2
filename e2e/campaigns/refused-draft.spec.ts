import { expect, test } from "@playwright/test";

import { marketer } from "../fixtures/users";

test.use({ storageState: marketer.state });

test("campaigns: a draft refused for its dates keeps everything typed", async ({ page }) => {
  await page.goto("/campaigns/new");
  await page.getByLabel("Name").fill("E2E refused draft");
  await page.getByLabel("Send date").fill("1998-01-01");
  await page.getByLabel("End date", { exact: true }).fill("1997-12-01");
  await page.getByLabel("Holdout (%)").fill("20");
  await page.getByLabel("Budget").fill("8000");
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Check the fields" })).toBeVisible();
  await expect(page).toHaveURL(/\/campaigns\/new$/);
  await expect(page.getByLabel("Name")).toHaveValue("E2E refused draft");
  await expect(page.getByLabel("Send date")).toHaveValue("1998-01-01");
  await expect(page.getByLabel("Holdout (%)")).toHaveValue("20");
  await expect(page.getByLabel("Budget")).toHaveValue("8000");
  // The end date is the field to correct, and the only one marked.
  await expect(page.getByLabel("End date", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Send date")).toHaveAttribute("aria-invalid", "false");

  // Corrected, it saves.
  await page.getByLabel("End date", { exact: true }).fill("1998-01-31");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/campaigns\/\d+/);
  // By email, which no demo customer gave: the page says so before anyone launches it.
  await expect(page.getByTestId("unreached-targets")).toContainText("can be contacted");

  // A draft made by mistake goes, after asking.
  await page.getByRole("button", { name: "Delete draft" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Delete the draft “E2E refused draft”?");
  await dialog.getByRole("button", { name: "Delete draft" }).click();
  await expect(page).toHaveURL(/\/campaigns$/);
  await expect(page.getByText("E2E refused draft")).toHaveCount(0);
});
