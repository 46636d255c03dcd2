import path from "node:path";

import { expect, test, type Page } from "@playwright/test";
import Database from "better-sqlite3";

import { chooseFile } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

// The database the test server runs on (scripts/e2e-server.mjs).
const serverDatabase = path.resolve(".strata", "e2e", "strata.db");

async function startDryRun(page: Page, name: string) {
  await chooseFile(page, {
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(
      "order id,email,date,amount,currency\nW-1,wait@example.com,1998-05-02,12,USD\n"),
  });
  await page.getByLabel("Source name").fill("waiting-shop");
  await page.getByRole("button", { name: "Check (dry run)" }).click();
}

test("imports: while another process writes, a dry run waits, the next queues, " +
  "and a save says why it failed", async ({ page, context }) => {
  test.setTimeout(90_000);
  // Another process (an import from the command line) holds SQLite's one write lock.
  const other = new Database(serverDatabase);
  other.exec("BEGIN IMMEDIATE");
  try {
    await startDryRun(page, "first.csv");
    await expect(page.getByRole("status")
      .filter({ hasText: "Waiting for an import or rollback started elsewhere" })).toBeVisible();

    const second = await context.newPage();
    await startDryRun(second, "second.csv");
    const queued = "Queued: it starts when the import or rollback running now ends.";
    await expect(second.getByRole("status").filter({ hasText: queued })).toBeVisible();

    // Any admin opening the page sees what runs and what waits, and who started them.
    const overview = await context.newPage();
    await overview.goto("/imports");
    const active = overview.getByTestId("active-jobs");
    const by = "started by admin@strata.local";
    await expect(active).toContainText(`first.csv: dry run, running; ${by}`);
    await expect(active).toContainText(`second.csv: dry run, queued behind 1 job; ${by}`);

    // A save meanwhile is refused, saying why, rather than "something went wrong".
    const settings = await context.newPage();
    await settings.goto("/settings");
    await settings.getByRole("button", { name: "Save campaign rules" }).click();
    const refused = "Not saved: an import or rollback is writing to the database.";
    await expect(settings.getByRole("status").filter({ hasText: refused })).toBeVisible();

    other.exec("COMMIT");
    for (const waiting of [page, second]) {
      await expect(waiting.getByTestId("import-summary"))
        .toContainText("Dry run finished", { timeout: 30_000 });
      await expect(waiting.getByTestId("count-recordsNew")).toContainText("1");
    }
    await settings.getByRole("button", { name: "Save campaign rules" }).click();
    await expect(settings.getByRole("status").filter({ hasText: "Campaign rules saved." }))
      .toBeVisible();
    await overview.reload();
    await expect(overview.getByTestId("active-jobs")).toHaveCount(0);
  } finally {
    if (other.inTransaction) other.exec("ROLLBACK");
    other.close();
  }
});
