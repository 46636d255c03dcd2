import { expect, test } from "@playwright/test";

import { chooseFile, counts } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

test("imports: after an unreadable file another is chosen, and its order statuses are asked", async ({ page }) => {
  // Not text at all: the page says so and offers another file without a reload.
  await chooseFile(page, { name: "export.csv", mimeType: "text/csv", buffer: Buffer.from([0, 1, 2, 3, 255, 254, 7, 0, 0, 9, 1, 2]) });
  await expect(page.getByTestId("import-preview").getByRole("alert")).toContainText("not a text file");
  await page.getByRole("button", { name: "Choose another file" }).click();

  await page.getByLabel("File").setInputFiles({
    name: "commandes.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([
      "Référence commande,Courriel,Téléphone,Date de commande,Montant total,Statut",
      "F-1,claire@example.fr,06 45 67 89 01,2026-03-01,\"120,00 €\",Livrée",
      "F-2,claire@example.fr,06 45 67 89 01,2026-03-04,\"80,00 €\",Annulée",
      "F-3,luc@example.fr,,2026-03-05,\"45,50 €\",Livrée",
    ].join("\n")),
  });
  // French numbers without +33, which the settings' region (the US) cannot read: read as French.
  await expect(page.getByTestId("phone-region")).toHaveValue("FR");
  await expect(page.getByTestId("mapping-table")).toContainText("+33645678901");
  const statuses = page.getByTestId("status-choice");
  await expect(statuses.getByLabel("Livrée: counts as a sale")).toBeChecked();
  await expect(statuses.getByLabel("Annulée: counts as a sale")).not.toBeChecked();
  await expect(statuses).toContainText("not a sale");

  // The admin knows better for this shop: "Annulée" here is a sale that was later re-booked.
  await statuses.getByLabel("Annulée: counts as a sale").check();
  await expect(statuses.getByLabel("Annulée: counts as a sale")).toBeChecked();
  await page.getByLabel("Source name").fill("boutique");
  await page.getByRole("button", { name: "Check (dry run)" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Dry run finished");
  expect(await counts(page)).toMatchObject({ rowsRead: 3, recordsNew: 3, rowsRejected: 0 });
  await expect(page.getByTestId("import-statuses")).toContainText("Statuses of the new orders:");
  await expect(page.getByTestId("import-statuses").locator(":scope > span")).toHaveText(["Livrée 2", "Annulée 1"]);
});
