import { expect, test } from "@playwright/test";

import { marketer } from "../fixtures/users";

test.describe("auth: roles are checked on the server", () => {
  test("a visitor who is not signed in is sent to sign in, and the APIs answer 401", async ({ page, request }) => {
    await page.goto("/customers");
    await expect(page).toHaveURL(/\/login/);
    const upload = await request.post("/api/imports/uploads?fileName=x.csv", { data: "a,b\n" });
    expect(upload.status()).toBe(401);
    expect((await request.get("/api/imports/jobs/anything")).status()).toBe(401);
    expect((await request.get("/api/imports/1/rollback")).status()).toBe(401);
  });

  test("signing in comes back to the page asked for, and a wrong password keeps the email", async ({
    page,
  }) => {
    await page.goto("/segments?from=link");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fsegments%3Ffrom%3Dlink$/);
    await page.getByLabel(/email/i).fill(marketer.email);
    await page.getByLabel(/password/i).fill("not-the-password");
    await page.getByRole("button", { name: /sign in/i }).click();
    await expect(page.getByTestId("login-error")).toBeVisible();
    await expect(page.getByLabel(/email/i)).toHaveValue(marketer.email);
    await page.getByLabel(/password/i).fill(marketer.password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await expect(page).toHaveURL(/\/segments\?from=link$/);
    await expect(page.getByRole("heading", { name: "Segments", exact: true })).toBeVisible();
  });

  test.describe("as a marketer", () => {
    test.use({ storageState: marketer.state });

    test("the upload page is refused", async ({ page }) => {
      await page.goto("/imports");
      await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Imports" })).toHaveCount(0);
    });

    test("the upload route answers 403 and imports nothing", async ({ page }) => {
      await page.goto("/");
      const response = await page.request.post("/api/imports/uploads?fileName=evil.csv", {
        headers: { "content-type": "text/csv" },
        data: "order_id,email,date,amount\nX1,evil@example.com,1998-06-01,5\n",
      });
      expect(response.status()).toBe(403);
      // Nor may a marketer read what a rollback would take out, or start one.
      expect((await page.request.get("/api/imports/1/rollback")).status()).toBe(403);
      expect((await page.request.post("/api/imports/1/rollback")).status()).toBe(403);
      await page.goto("/customers?q=evil%40example.com");
      await expect(page.getByText("No customer matches.")).toBeVisible();
    });
  });
});
