import { expect, test } from "@playwright/test";

import { admin, marketer } from "../fixtures/users";

test.use({ storageState: admin.state });

test("auth: an admin removes a user's access, which ends their session, and gives it back", async ({
  page, browser,
}) => {
  const asMarketer = await browser.newContext({ storageState: marketer.state });
  const theirPage = await asMarketer.newPage();
  await theirPage.goto("/segments");
  await expect(theirPage.getByRole("heading", { name: "Segments", exact: true })).toBeVisible();

  await page.goto("/settings");
  const row = page.locator("tr", { hasText: marketer.email });
  try {
    await row.getByRole("button", { name: "Remove access" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(`Remove ${marketer.email}'s access?`);
    await dialog.getByRole("button", { name: "Remove access" }).click();
    await expect(row).toContainText("No access since");

    // Their open session ends at the next click, and signing in again is refused.
    await theirPage.reload();
    await expect(theirPage).toHaveURL(/\/login/);
    await theirPage.getByLabel(/email/i).fill(marketer.email);
    await theirPage.getByLabel(/password/i).fill(marketer.password);
    await theirPage.getByRole("button", { name: /sign in/i }).click();
    await expect(theirPage.getByTestId("login-error")).toBeVisible();
  } finally {
    await page.goto("/settings");
    await row.getByRole("button", { name: "Give access back" }).click();
    await expect(row).not.toContainText("No access since");
  }
  // The session they still hold works again.
  await theirPage.goto("/segments");
  await expect(theirPage.getByRole("heading", { name: "Segments", exact: true })).toBeVisible();
  await asMarketer.close();
});
