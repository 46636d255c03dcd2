import { expect, test } from "@playwright/test";

import { chooseFile, counts } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

const file = (name: string, rows: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(["Ref;Kunde;Betrag;Datum", ...rows].join("\n")),
});

test("imports: an unknown file is mapped, its currency said, saved as a preset for the next", async ({ page }) => {
  // Three rows, one of them broken: the screen still sees an order file.
  await chooseFile(page, file("kasse-1.csv", [
    "R-1001;anna@example.de;1.234,50;03.02.1997",
    "R-1002;ben@example.de;89,90;14.02.1997",
    "R-1003;cleo@example.de;abc;31.02.1997",
  ]));
  await expect(page.getByText("No preset recognises this file.")).toBeVisible();
  await expect(page.getByLabel("This file holds")).toHaveValue("order");
  const mapsTo = page.getByTestId("import-preview").locator("tbody select");
  await expect(mapsTo.nth(0)).toHaveValue("orderId");
  await expect(mapsTo.nth(1)).toHaveValue("email");
  await expect(mapsTo.nth(2)).toHaveValue("amount");
  await expect(mapsTo.nth(3)).toHaveValue("orderedAt");

  // Contacts, then back: each kind gets its own suggestions.
  await page.getByLabel("This file holds").selectOption("contact");
  await expect(mapsTo.nth(2)).toHaveValue("");
  await page.getByLabel("This file holds").selectOption("order");
  await expect(mapsTo.nth(2)).toHaveValue("amount");

  // A file no preset knows names its source before the dry run: records are keyed by it.
  const dryRun = page.getByRole("button", { name: "Check (dry run)" });
  await expect(dryRun).toBeDisabled();
  await expect(page.getByText("Name the source this file comes from")).toBeVisible();
  // Nor can its mapping be saved as a preset before: a preset belongs to its source.
  await page.getByLabel("Preset name").fill("Kasse");
  await expect(page.getByRole("button", { name: "Save this mapping as a preset for the source" })).toBeDisabled();
  await page.getByLabel("Source name").fill("kasse");
  await page.getByTestId("file-currency").fill("EUR");
  await expect(page.getByTestId("import-preview")).toContainText("€1,234.50");
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Dry run finished");
  expect(await counts(page)).toMatchObject({ rowsRead: 3, recordsNew: 2, rowsRejected: 1 });
  // Read in euros, which have no rate to the demo's dollars yet: the dry run says so.
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("2 orders in EUR have no rate to the base currency USD");
  await expect(summary).toContainText("Row 4, column “Betrag”, value “abc”");
  await expect(summary).toContainText("Row 4, column “Datum”, value “31.02.1997”");

  await page.getByLabel("Preset name").fill("Kasse");
  await page.getByRole("button", { name: "Save this mapping as a preset for the source" }).click();
  await expect(page.getByTestId("recognised")).toContainText("Kasse");

  // 09.03. could be either order, and the file names no currency: the preset says both.
  await chooseFile(page, file("kasse-2.csv", ["R-2001;anna@example.de;10,00;09.03.1997"]));
  await expect(page.getByTestId("recognised")).toContainText("Kasse");
  await expect(page.getByTestId("day-order")).toHaveCount(0);
  await expect(page.getByTestId("preset-reads")).toHaveText(
    "Where the file does not say: amounts in EUR, day first (3 April 2024), and a comma " +
    "before the cents.");
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Dry run finished");
  expect(await counts(page)).toMatchObject({ rowsRead: 1, recordsNew: 1, rowsRejected: 0 });

  // The shop's amounts were in Swiss francs after all: the saved mapping opens again, is changed
  // and saved under its name, and the next file reads by the changed one.
  await page.getByRole("button", { name: "Change this mapping" }).click();
  await expect(page.getByText("Changing the mapping of the preset “Kasse”")).toBeVisible();
  await expect(page.getByLabel("Source name")).toHaveValue("kasse");
  await expect(page.getByTestId("file-currency")).toHaveValue("EUR");
  await expect(page.getByLabel("Preset name")).toHaveValue("Kasse");
  // The preset's answer to the day-order question is there to change too.
  await expect(page.getByTestId("day-order").getByLabel("day first (March 9, 1997)")).toBeChecked();
  const reread = page.waitForResponse((r) => r.url().endsWith("/preview") && r.ok());
  await page.getByTestId("file-currency").fill("CHF");
  await reread;
  await page.getByRole("button", { name: "Save this mapping as a preset for the source" }).click();
  await expect(page.getByTestId("preset-reads")).toHaveText(
    "Where the file does not say: amounts in CHF, day first (3 April 2024), and a comma " +
    "before the cents.");
  await chooseFile(page, file("kasse-3.csv", ["R-3001;anna@example.de;10,00;09.03.1997"]));
  await expect(page.getByTestId("recognised")).toContainText("Kasse");
  await expect(page.getByTestId("preset-reads")).toContainText("amounts in CHF");
});

test("imports: a file a generic preset reads opens its mapping from that reading", async ({
  page,
}) => {
  await chooseFile(page, { name: "members.csv", mimeType: "text/csv",
    buffer: Buffer.from("email,first_name,city\nmia@example.com,Mia,Lyon\n") });
  await expect(page.getByTestId("recognised")).toContainText("Contacts (generic)");
  await page.getByRole("button", { name: "Change this mapping" }).click();
  await expect(page.getByText("Mapping this file yourself, starting from how " +
    "“Contacts (generic)” read it.")).toBeVisible();
  await expect(page.getByText("No preset recognises this file.")).toHaveCount(0);
  await expect(page.getByLabel("This file holds")).toHaveValue("contact");
});
