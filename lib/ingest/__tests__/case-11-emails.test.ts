import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, fixture, importFile } from "./case-helpers";

const folder = (name: string) => fixture("cases", "11-email-normalization-guest-checkout", name);

describe("case 11: one person behind emails in varying case and a new guest id each checkout", () => {
  it("unifies li.na@ across case, spaces and guest ids, and keeps lina@ apart", async () => {
    const { db } = tempDatabase();
    const orders = await importFile(db, folder("orders_guest_checkout.csv"), { source: "shop", currency: "USD" });
    expect(orders).toMatchObject({ preset: "orders-csv", recordsNew: 4, rowsRejected: 0 });
    const members = await importFile(db, folder("mailchimp_subscribed.csv"));
    expect(members).toMatchObject({ preset: "mailchimp-members", recordsNew: 2, rowsExistingCustomers: 2 });

    expect(count(db, "SELECT count(*) FROM profiles")).toBe(2);
    const lina = customer(db, "LI.NA@example.com");
    expect(lina).toMatchObject({ frequency: 3, spend: { USD: 175 }, first: "2024-01-05", last: "2024-03-05" });
    expect(lina.identifiers).toEqual(["email:li.na@example.com", "ext:shop:C-901", "ext:shop:C-944", "ext:shop:C-987"]);
    expect(customer(db, "lina@example.com")).toMatchObject({ frequency: 1, spend: { USD: 70 } });

    const statuses = db.$client
      .prepare(`SELECT i.value, c.status FROM consent_events c JOIN identifiers i ON i.id = c.identifier_id ORDER BY i.value`)
      .raw()
      .all();
    expect(statuses).toEqual([["li.na@example.com", "subscribed"], ["lina@example.com", "subscribed"]]);
    const rating = db.$client
      .prepare("SELECT json_extract(attributes, '$.memberRating') FROM contact_records WHERE record_key = 'email:li.na@example.com'")
      .pluck()
      .get();
    expect(rating).toBe("4");
  });
});
