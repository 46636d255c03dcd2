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

test("auth: an admin sets a new password for a user who forgot theirs", async ({ page, browser }) => {
  await page.goto("/settings");
  const row = page.locator("tr", { hasText: marketer.email });
  const setPassword = async (password: string) => {
    await row.getByText("Set a new password").click();
    await row.getByLabel("New password (8+ characters)").fill(password);
    await row.getByRole("button", { name: "Set", exact: true }).click();
    await expect(row).toContainText("Password set.");
  };
  await setPassword("a-fresh-password");
  try {
    // Signed out: a new context would otherwise take the admin's stored session.
    const fresh = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const theirPage = await fresh.newPage();
    await theirPage.goto("/login");
    await theirPage.getByLabel(/email/i).fill(marketer.email);
    await theirPage.getByLabel(/password/i).fill("a-fresh-password");
    await theirPage.getByRole("button", { name: /sign in/i }).click();
    await expect(theirPage.getByRole("heading", { name: "Overview" })).toBeVisible();
    await fresh.close();
  } finally {
    // The later tests sign in with the fixture's password.
    await page.reload();
    await setPassword(marketer.password);
  }
});

test("auth: an admin adds a user, changes their role, and a second one of that email is refused", async ({
  page,
}) => {
  await page.goto("/settings");
  const form = page.locator("section", { has: page.getByRole("heading", { name: "Add a user" }) });
  const add = async () => {
    await form.getByLabel("Email", { exact: true }).fill("new.manager@strata.local");
    await form.locator("select[name=role]").selectOption("manager");
    await form.getByLabel("Initial password (8+ characters)").fill("a-manager-password");
    await form.getByRole("button", { name: "Add user" }).click();
  };
  await add();
  await expect(page.getByText("User added.")).toBeVisible();
  const row = page.locator("tr", { hasText: "new.manager@strata.local" });
  await expect(row.getByLabel("Change role")).toHaveValue("manager");
  await row.getByLabel("Change role").selectOption("marketer");
  await expect(row).toContainText("Role changed.");
  await add();
  await expect(page.getByText("A user with that email exists.")).toBeVisible();
});
