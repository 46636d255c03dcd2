import { expect, test } from "@playwright/test";

import { chooseFile } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

test("imports: a bad rate or currency is marked and said, and nothing typed is lost", async ({
  page,
}) => {
  await page.goto("/imports");
  const region = page.getByLabel("Default phone region");
  const base = page.getByLabel("Base currency", { exact: true });
  const rates = page.getByLabel("Rates to the base currency");
  // The demo's orders are in dollars: with no base currency set, reports follow them.
  await expect(base).toHaveAttribute("placeholder", "most common (now USD)");
  // The example rates are of other currencies than the reports', priced in it.
  await expect(rates).toHaveAttribute("placeholder", "EUR=1.08, CNY=0.14");
  await region.selectOption("FR");
  await base.fill("XYZ");
  await rates.fill("EUR=1.08, JPY=abc");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  const status = page.getByRole("status");
  await expect(status).toHaveText("The base currency is a currency code in use (ISO 4217), such " +
    "as USD, EUR or CNY. Rates read like USD=7.1, EUR=7.8: each a currency code in use other " +
    "than the base currency, and a number above zero.");
  await expect(base).toHaveAttribute("aria-invalid", "true");
  await expect(rates).toHaveAttribute("aria-invalid", "true");
  await expect(rates).toHaveValue("EUR=1.08, JPY=abc");
  await expect(region).toHaveValue("FR");
  await expect(region).toHaveAttribute("aria-invalid", "false");

  // A rate of the base currency to itself is a slip, not a setting.
  await base.fill("EUR");
  await rates.fill("EUR=1.08");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(status).toHaveText(/^Rates read like/);
  await expect(base).toHaveAttribute("aria-invalid", "false");

  // Nothing was saved: the settings are as they were.
  await page.reload();
  await expect(region).toHaveValue("US");
  await expect(base).toHaveValue("");
});

test("imports: a rate saved while a dry run is on screen runs the dry run again under it", async ({
  page,
}) => {
  await chooseFile(page, {
    name: "yen-orders.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("order id,email,date,amount,currency\nY-1,kenji@example.jp,1998-05-02,1200,JPY\n" +
      "Y-2,yui@example.jp,1998-05-03,800,JPY\n"),
  });
  await page.getByLabel("Source name").fill("yen-shop");
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("2 orders in JPY have no rate to the base currency USD");

  const rates = page.getByLabel("Rates to the base currency");
  try {
    await rates.fill("JPY=0.0067");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    // Checked again, with the rate: nothing left without one, and the import can go ahead.
    await expect(summary).toContainText("Dry run finished");
    await expect(summary).not.toContainText("no rate");
    await expect(page.getByRole("button", { name: "Import", exact: true })).toBeVisible();
  } finally {
    await page.goto("/imports");
    await rates.fill("");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }
});
