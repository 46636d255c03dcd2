import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";

import { chooseFile } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

test("imports: a workbook opens on the sheet a preset recognises, past a summary sheet", async ({ page }) => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Summary").addRow(["Monthly sales report April 2026"]);
  const orders = workbook.addWorksheet("Orders");
  orders.addRow(["order_id", "email", "date", "amount", "currency"]);
  orders.addRow(["WB-1", "wb.buyer@example.com", new Date(Date.UTC(1998, 5, 2)), 42.5, "USD"]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await chooseFile(page, {
    name: "report.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
  await expect(page.getByLabel("Sheet")).toHaveValue("Orders");
  await expect(page.getByTestId("recognised")).toContainText("Orders (generic)");
  await expect(page.getByTestId("mapping-table")).toContainText("wb.buyer@example.com");
});
