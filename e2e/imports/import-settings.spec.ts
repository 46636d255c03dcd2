import { expect, test } from "@playwright/test";

import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

test("imports: a bad rate is marked and nothing typed is lost", async ({ page }) => {
  await page.goto("/imports");
  const region = page.getByLabel("Default phone region");
  const rates = page.getByLabel("Rates to the base currency");
  await region.selectOption("FR");
  await rates.fill("EUR=1.08, JPY=abc");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  await expect(page.getByRole("status").filter({ hasText: "Check the time zone" })).toBeVisible();
  await expect(rates).toHaveAttribute("aria-invalid", "true");
  await expect(rates).toHaveValue("EUR=1.08, JPY=abc");
  await expect(region).toHaveValue("FR");
  await expect(region).toHaveAttribute("aria-invalid", "false");

  // Nothing was saved: the settings are as they were.
  await page.reload();
  await expect(region).toHaveValue("US");
});
