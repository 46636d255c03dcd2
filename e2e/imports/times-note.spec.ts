import { expect, test } from "@playwright/test";

import { chooseFile } from "../fixtures/imports";
import { admin } from "../fixtures/users";

test.use({ storageState: admin.state });

test("imports: a time its offset puts on another day of the store's calendar is named", async ({
  page,
}) => {
  await chooseFile(page, { name: "beijing-orders.csv", mimeType: "text/csv",
    buffer: Buffer.from("order id,email,date,amount,currency\n" +
      "T-1,tz@example.com,2024-04-01T00:30:00+08:00,5.00,CNY\n") });
  await expect(page.getByTestId("recognised")).toContainText("Orders (generic)");
  // The test database's store is on UTC, the default of a new one.
  await expect(page.getByTestId("times-note")).toHaveText("2024-04-01T00:30:00+08:00 is stored " +
    "as 2024-03-31 16:30:00, another day: dates are kept on the store's calendar (UTC). If the " +
    "store is elsewhere, set its time zone under Reading and currencies before importing.");
});
