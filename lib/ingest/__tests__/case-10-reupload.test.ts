import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, fixture, importFile } from "./case-helpers";

const folder = (name: string) => fixture("cases", "10-reupload-idempotency", name);

describe("case 10: re-uploading adds nothing, identical purchases survive", () => {
  it("keys by source and receipt number: 4 orders after three uploads", async () => {
    const { db, file } = tempDatabase();
    const first = await importFile(db, folder("pos_2024-06-01.csv"), { source: "pos", currency: "USD" });
    expect(first).toMatchObject({ recordsNew: 3, recordsExisting: 0 });
    const renamed = file("pos_2024-06-01 (1).csv", fs.readFileSync(folder("pos_2024-06-01.csv")));
    const again = await importFile(db, renamed, { source: "pos", currency: "USD" });
    expect(again).toMatchObject({ recordsNew: 0, recordsExisting: 3, rowsExistingCustomers: 3, rowsNewCustomers: 0 });
    const overlap = await importFile(db, folder("pos_2024-06-01_to_02.csv"), { source: "pos", currency: "USD" });
    expect(overlap).toMatchObject({ recordsNew: 1, recordsExisting: 1 });

    expect(db.$client.prepare("SELECT order_key FROM orders ORDER BY order_key").pluck().all())
      .toEqual(["P-0001", "P-0002", "P-0003", "P-0004"]);
    expect(customer(db, "sara.ng@example.com")).toMatchObject({ frequency: 2, spend: { USD: 36 } });
    expect(customer(db, "ben.ortiz@example.com")).toMatchObject({ frequency: 2, spend: { USD: 57 } });
  });

  it("keys a file without receipt numbers by content: identical rows stay two, a second upload adds none", async () => {
    const { db, file } = tempDatabase();
    const noIds = "email,datetime,amount\nsara.ng@example.com,2024-06-01 12:00,18.00\nsara.ng@example.com,2024-06-01 12:00,18.00\nben.ortiz@example.com,2024-06-01 13:10,42.00\n";
    const first = await importFile(db, file("pos.csv", noIds), { source: "pos", currency: "USD" });
    expect(first).toMatchObject({ recordsNew: 3 });
    const again = await importFile(db, file("pos (1).csv", noIds), { source: "pos", currency: "USD" });
    expect(again).toMatchObject({ recordsNew: 0, recordsExisting: 3 });
    const overlap = await importFile(db, file("pos-2.csv", `${noIds}ben.ortiz@example.com,2024-06-02 10:00,15.00\n`),
      { source: "pos", currency: "USD" });
    expect(overlap).toMatchObject({ recordsNew: 1, recordsExisting: 3 });
    expect(count(db, "SELECT count(*) FROM orders")).toBe(4);
    expect(customer(db, "sara.ng@example.com")).toMatchObject({ frequency: 2, spend: { USD: 36 } });
  });
});
