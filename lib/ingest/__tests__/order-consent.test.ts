import { describe, expect, it } from "vitest";

import type { Db } from "@/db/client";
import { readProfileIdentifiers } from "@/lib/profiles/read-identifiers";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, fixture, importFile } from "./case-helpers";

/** Email consent events the Shopify source recorded, per address and time. */
function emailConsents(db: Db) {
  return db.$client
    .prepare(`SELECT i.value, c.status, c.changed_at FROM consent_events c JOIN identifiers i ON i.id = c.identifier_id
      JOIN sources s ON s.id = c.source_id WHERE c.channel = 'email' AND s.key = 'shopify' ORDER BY i.value, c.changed_at`)
    .raw()
    .all() as [string, string, string][];
}

describe("an order's marketing checkbox is its buyer's email consent as of the order", () => {
  it("records Shopify's Accepts Marketing once per order, and nothing more on a re-import", async () => {
    const { db } = tempDatabase();
    await importFile(db, fixture("exports", "shopify_orders.csv"));
    const consents = emailConsents(db);
    // Every order the file holds ticked "yes": one event per buyer and order time, 31 orders
    // (#1101 and #1133 each name two buyers: two orders apiece).
    expect(consents).toHaveLength(31);
    expect(consents.filter(([email]) => email === "pia.fenwick15@example.org")).toHaveLength(1);
    expect(new Set(consents.map(([, status]) => status))).toEqual(new Set(["subscribed"]));
    // Maya's three orders, at their times in the store's zone (UTC here).
    expect(consents.filter(([email]) => email === "maya.lindqvist@example.com")).toEqual([
      ["maya.lindqvist@example.com", "subscribed", "2026-01-14 18:22:31"],
      ["maya.lindqvist@example.com", "subscribed", "2026-02-21 03:05:12"],
      ["maya.lindqvist@example.com", "subscribed", "2026-04-02 15:47:55"],
    ]);

    const again = await importFile(db, fixture("exports", "shopify_orders.csv"));
    expect(again.recordsNew).toBe(0);
    expect(count(db, "SELECT count(*) FROM consent_events")).toBe(31);
  });

  it("reads 'no' as not subscribed, the way contact presets read it, and the later order wins", async () => {
    const { db, file } = tempDatabase();
    const orders = [
      "Name,Email,Financial Status,Created at,Total,Currency,Lineitem name,Lineitem quantity,Accepts Marketing",
      "#1,lee@example.com,paid,2026-01-02 10:00:00 +0000,10.00,USD,Mug,1,yes",
      "#2,lee@example.com,paid,2026-03-04 10:00:00 +0000,12.00,USD,Mug,1,no",
      "#3,kim@example.com,paid,2026-03-05 10:00:00 +0000,9.00,USD,Mug,1,",
    ].join("\n");
    const summary = await importFile(db, file("orders_export_1.csv", `${orders}\n`));
    expect(summary.preset).toBe("shopify-orders");
    expect(emailConsents(db)).toEqual([
      ["lee@example.com", "subscribed", "2026-01-02 10:00:00"],
      ["lee@example.com", "non_subscribed", "2026-03-04 10:00:00"],
    ]);
  });
});

describe("an undated opt-in's stand-in time", () => {
  it("dates no identifier's or profile's first sighting", async () => {
    const { db } = tempDatabase();
    // Shopify's customer export dates no consent: "Accepts SMS Marketing: no" for everyone.
    await importFile(db, fixture("exports", "shopify_customers.csv"));
    const undated = "SELECT count(*) FROM consent_events WHERE changed_at LIKE '1970-%'";
    expect(count(db, undated)).toBeGreaterThan(0);
    expect(count(db, "SELECT count(*) FROM profiles WHERE first_seen_day < 10000")).toBe(0);
    const maya = db.$client
      .prepare("SELECT profile_id FROM identifiers WHERE value = 'maya.lindqvist@example.com'")
      .pluck()
      .get() as number;
    const days = readProfileIdentifiers(db, maya).map((i) => i.firstDay);
    expect(days.length).toBeGreaterThan(1);
    expect(days.every((day) => day === null || day > 10_000)).toBe(true);
  });
});

describe("a store's customer export after its orders", () => {
  it("stores every customer row's attributes: orders' buyer names are records of their own", async () => {
    const { db } = tempDatabase();
    await importFile(db, fixture("exports", "shopify_orders.csv"));
    const customers = await importFile(db, fixture("exports", "shopify_customers.csv"));
    expect(customers).toMatchObject({ recordsNew: 36, recordsExisting: 0 });
    const city = db.$client.prepare(`SELECT json_extract(attributes, '$.city') FROM contact_records
      WHERE record_key = 'email:maya.lindqvist@example.com'`).pluck().get();
    expect(city).toBe("San Francisco");
  });
});
