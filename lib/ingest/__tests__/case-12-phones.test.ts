import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, fixture, importFile, useSettings } from "./case-helpers";

const folder = (name: string) => fixture("cases", "12-phone-normalization", name);

describe("case 12: phones in many shapes, default region CN", () => {
  it("matches +86, 0086, 86…, spaces and full-width digits, keeps the landline, refuses Excel's 1.38001E+10", async () => {
    const { db } = tempDatabase();
    useSettings(db, { phoneRegion: "CN" });
    const contacts = await importFile(db, folder("hubspot_contacts.csv"));
    expect(contacts).toMatchObject({ preset: "hubspot-contacts", recordsNew: 4 });
    const orders = await importFile(db, folder("jd_orders.csv"));
    expect(orders).toMatchObject({ preset: "jd-orders", recordsNew: 6, rowsRejected: 0, rowsWarned: 1 });
    expect(orders.issues).toEqual([{ row: 6, column: "联系电话", value: "1.38001E+10", reason: "lossy_phone", level: "warning" }]);

    const phones = db.$client.prepare("SELECT value FROM identifiers WHERE kind = 'phone' ORDER BY value").pluck().all();
    expect(phones).toEqual(["+861088886666", "+8613800100000", "+8613800138000", "+8613900139000"]);
    expect(count(db, "SELECT count(*) FROM profiles")).toBe(5);
    expect(customer(db, "+8613800138000")).toMatchObject({ frequency: 2, spend: { CNY: 500 } });
    expect(customer(db, "+8613900139000")).toMatchObject({ frequency: 2, spend: { CNY: 200 } });
    expect(customer(db, "+861088886666")).toMatchObject({ frequency: 1, spend: { CNY: 66 } });
    expect(customer(db, "+8613800100000")).toMatchObject({ frequency: 0 });
    expect(customer(db, "jd:row:D5")).toMatchObject({ frequency: 1, spend: { CNY: 99 } });
    // Her phone is lost, her name is not: the order's buyer is the row's own customer, named.
    const names = db.$client.prepare("SELECT name FROM profiles WHERE name IS NOT NULL ORDER BY name")
      .pluck().all();
    expect(names).toEqual(["孙丽", "赵建国", "钱多多", "陈梅", "周正"].sort());
  });
});
