import { expect, test } from "@playwright/test";

import { marketer } from "../fixtures/users";

test.use({ storageState: marketer.state });

test("identity: a marketer sees profiles but cannot merge, split or open the identity page", async ({ page }) => {
  await page.goto("/customers");
  await page.locator("tbody").getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Identifiers" })).toBeVisible();
  // A CDNOW customer has no name or email: the page and its tab are named by the source and its id.
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  expect(heading).toMatch(/^CDNOW customer \d+$/);
  await expect(page).toHaveTitle(`${heading} · Strata`);
  await expect(page.getByRole("heading", { name: "Merge with another profile" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Split off the ticked identifiers" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "main" }).getByRole("link", { name: "Identity" })).toHaveCount(0);

  await page.goto("/identity");
  await expect(page).toHaveURL(/\/forbidden/);

  // A profile that is gone (rolled back, merged away) gets a page in the reader's language.
  await page.goto("/customers/999999999");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
