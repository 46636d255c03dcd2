import { expect, test, type Page } from "@playwright/test";

import { chooseFile, counts } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

// Large enough that the import is still reading when Cancel is pressed.
const ROWS = 200_000;

function bigOrdersFile() {
  const lines = ["order_id,email,created_at,status,currency,total"];
  for (let i = 0; i < ROWS; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(`C-${i},cancel.${i % 40_000}@example.com,2024-03-${day} 10:00:00,paid,USD,${(i % 500) + 5}.00`);
  }
  return { name: "too-big-to-wait.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) };
}

/** Dry-runs the big file, starts its import and cancels it once it has read rows. */
async function checkThenCancelImport(page: Page) {
  await chooseFile(page, bigOrdersFile());
  await page.getByLabel("Source name").fill("big-shop");
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Dry run finished", { timeout: 60_000 });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  // Cancel is sent once the job is running and has read rows.
  await expect(page.getByText(/… [1-9][\d,]* rows, /)).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Cancelled: nothing was written")).toBeVisible({ timeout: 30_000 });
}

test("imports: a running import is cancelled, writes nothing, and the history shows the attempt", async ({ page }) => {
  test.setTimeout(120_000);
  await checkThenCancelImport(page);

  const attempt = page.locator("tr", { hasText: "too-big-to-wait.csv" });
  await expect(attempt).toHaveCount(1);
  await expect(attempt).toContainText("Cancelled");
  await expect(attempt).toContainText("Nothing was written");
  await expect(attempt.getByRole("button", { name: "Roll back" })).toHaveCount(0);

  await page.goto("/customers?q=cancel.7%40example.com");
  await expect(page.getByText("No customer matches.")).toBeVisible();
});

test("imports: a cancelled import goes back to its file, which is checked again without a new upload", async ({ page }) => {
  test.setTimeout(120_000);
  await checkThenCancelImport(page);

  // The upload is still there: the file is read again (a dry run, so the other tests' data stays).
  await page.getByRole("button", { name: "Back to this file" }).click();
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Dry run finished", { timeout: 60_000 });
  expect(await counts(page)).toMatchObject({ rowsRead: ROWS, recordsNew: ROWS });
});
