import { expect, type Page } from "@playwright/test";

/** Picks a file on the Imports page and waits for its preview. */
export async function chooseFile(page: Page, file: string) {
  await page.goto("/imports");
  await page.getByLabel("File").setInputFiles(file);
  await expect(page.getByTestId("import-preview")).toBeVisible();
}

/** Runs the dry run, then the import, and returns the summary box. */
export async function dryRunThenImport(page: Page) {
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("Dry run finished");
  const dry = await counts(page);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(summary).toContainText("Import finished");
  return { dry, done: await counts(page) };
}

/** The summary's numbers by key (rowsRead, recordsNew, …). */
export async function counts(page: Page): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const cell of await page.getByTestId("import-summary").locator("[data-testid^=count-]").all()) {
    const key = (await cell.getAttribute("data-testid"))!.replace("count-", "");
    found[key] = Number((await cell.locator("dd").innerText()).replace(/[^\d]/g, ""));
  }
  return found;
}
