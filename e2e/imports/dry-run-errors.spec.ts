import { expect, test } from "@playwright/test";

import { chooseFile, counts } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

test("imports: a dry run's rejected rows are all in its error file, past the few the page lists", async ({ page }) => {
  const bad = Array.from({ length: 30 }, (_, i) => `B-${i},buyer${i}@example.com,2026-03-01,twelve`);
  await chooseFile(page, {
    name: "orders-with-typos.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(["order_id,email,order_date,total,currency", "G-1,good@example.com,2026-03-01,12.00,USD",
      ...bad.map((row) => `${row},USD`)].join("\n")),
  });
  await page.getByLabel("Source name").fill("typo-shop");
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("Dry run finished");
  expect(await counts(page)).toMatchObject({ rowsRead: 31, recordsNew: 1, rowsRejected: 30 });
  await expect(summary).toContainText("… and 10 more rows with issues: the error file lists every one.");

  const download = page.waitForEvent("download");
  await summary.getByRole("link", { name: "Rejected rows and warnings (CSV)" }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe("dry-run-errors.csv");
  const file = await saved.path();
  const { readFile } = await import("node:fs/promises");
  const lines = (await readFile(file, "utf8")).trimEnd().split("\r\n");
  expect(lines).toHaveLength(31);
  expect(lines[30]).toBe("32,total,twelve,not imported,not an amount");
});
