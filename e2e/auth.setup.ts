import { expect, test as setup } from "@playwright/test";

import { admin, marketer } from "./fixtures/users";

for (const user of [admin, marketer]) {
  setup(`sign in as ${user.email}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel(/email/i).fill(user.email);
    await page.getByLabel(/password/i).fill(user.password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    await page.context().storageState({ path: user.state });
  });
}
