import { describe, expect, it } from "vitest";

import type { Db } from "@/db/client";
import { hashProfileKey } from "@/lib/identity/profile-id";
import { rollbackImport } from "@/lib/ingest/rollback-import";
import { tempDatabase } from "@/lib/testing/temp-db";

import { importFile } from "./case-helpers";

const profileOf = (db: Db, orderKey: string) =>
  db.$client
    .prepare("SELECT profile_id FROM orders WHERE order_key = ?")
    .pluck()
    .get(orderKey) as number;
const misplaced = (db: Db) =>
  db.$client
    .prepare(`SELECT count(*) FROM orders o JOIN identifiers i ON i.id = o.identifier_id
      WHERE o.profile_id IS NOT i.profile_id`)
    .pluck()
    .get();

// The writer stores each new identifier's order under the profile it would have alone;
// these files make that guess wrong, and the resolution must put the orders right.
describe("orders end up on their identifier's profile whatever the writer guessed", () => {
  it("moves an order whose phone a later row joins to an email, in and across files", async () => {
    const { db, file } = tempDatabase();
    await importFile(db, file("first.csv", [
      "order_id,email,phone,created_at,currency,total",
      "A1,,+8613800138000,2024-03-01 10:00:00,CNY,100",
      "A2,zed@example.com,+8613800138000,2024-03-02 10:00:00,CNY,50",
      "A3,amy@example.com,,2024-03-03 10:00:00,CNY,20",
    ].join("\n")), { source: "shop" });
    expect(profileOf(db, "A1")).toBe(hashProfileKey("email:zed@example.com"));
    expect(profileOf(db, "A2")).toBe(profileOf(db, "A1"));
    expect(profileOf(db, "A3")).toBe(hashProfileKey("email:amy@example.com"));

    // A known email with a new phone, then the new phone alone: both are Amy's.
    await importFile(db, file("second.csv", [
      "order_id,email,phone,created_at,currency,total",
      "B1,amy@example.com,+8613900139000,2024-04-01 10:00:00,CNY,30",
      "B2,,+8613900139000,2024-04-02 10:00:00,CNY,40",
    ].join("\n")), { source: "shop" });
    expect(profileOf(db, "B1")).toBe(profileOf(db, "A3"));
    expect(profileOf(db, "B2")).toBe(profileOf(db, "A3"));
    expect(misplaced(db)).toBe(0);
    const amy = db.$client
      .prepare("SELECT orders, revenue_minor FROM customer_metrics WHERE profile_id = ?")
      .get(profileOf(db, "A3"));
    expect(amy).toEqual({ orders: 3, revenue_minor: 9_000 });
  });

  it("guesses right after a rolled-back import, whose identifier ids are not reused", async () => {
    const { db, file } = tempDatabase();
    const first = await importFile(db, file("first.csv", [
      "order_id,email,created_at,currency,total",
      "A1,ann@example.com,2024-03-01 10:00:00,USD,10",
      "A2,bob@example.com,2024-03-02 10:00:00,USD,20",
      "A3,cat@example.com,2024-03-03 10:00:00,USD,30",
    ].join("\n")), { source: "shop" });
    rollbackImport(db, { importId: first.importId!, by: "admin@example.com" });
    await importFile(db, file("second.csv", [
      "order_id,email,created_at,currency,total",
      "B1,dan@example.com,2024-04-01 10:00:00,USD,40",
      "B2,eve@example.com,2024-04-02 10:00:00,USD,50",
    ].join("\n")), { source: "shop" });
    expect(profileOf(db, "B1")).toBe(hashProfileKey("email:dan@example.com"));
    expect(profileOf(db, "B2")).toBe(hashProfileKey("email:eve@example.com"));
    expect(misplaced(db)).toBe(0);
  });
});
