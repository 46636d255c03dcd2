import { describe, expect, it } from "vitest";

import { count, importFile } from "@/lib/ingest/__tests__/case-helpers";
import { tempDatabase } from "@/lib/testing/temp-db";

// More buyers than one page of the profile refresh (50 000), each named on their order.
const BUYERS = 60_000;

describe("profiles refreshed a page at a time", () => {
  it("give every buyer of a large file the name and first day of their own order", async () => {
    const { db, file } = tempDatabase();
    const rows = Array.from({ length: BUYERS }, (_, i) =>
      `P-${i},buyer${i}@example.com,2026-0${1 + (i % 9)}-1${i % 10},25.00,USD,Buyer ${i}`);
    const orders = file("named.csv", ["order_id,email,created_at,total,currency,name", ...rows].join("\n"));
    const summary = await importFile(db, orders, { source: "shop" });
    expect(summary).toMatchObject({ recordsNew: BUYERS, customersNew: BUYERS });
    expect(count(db, `SELECT count(*) FROM profiles
      WHERE name = 'Buyer ' || substr(email, 6, instr(email, '@') - 6)`)).toBe(BUYERS);
    expect(count(db, `SELECT count(*) FROM profiles p JOIN orders o ON o.profile_id = p.id
      WHERE p.first_seen_day = o.day`)).toBe(BUYERS);
  });
});
