import { describe, expect, it } from "vitest";

import { readTimeline } from "@/lib/profiles/read-timeline";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, importFile } from "./case-helpers";

// Two shops' exports imported under one source name, numbering their orders alike.
const german = [
  "order_id,email,created_at,total,currency",
  "50001,anna@example.de,2026-02-03,1234.50,EUR",
  "50002,bernd@example.de,2026-02-14,89.90,EUR",
  "50003,clara@example.de,2026-02-28,12.00,EUR",
].join("\n");
const dutch = [
  "order_id,email,created_at,total,currency",
  "50001,jan@example.nl,2026-03-01,45.00,EUR",
  "50002,sanne@example.nl,2026-03-02,19.99,EUR",
].join("\n");

describe("an order id an earlier import of the source gave another buyer's order", () => {
  it("keeps the new order as its own, warns, and adds nothing on a re-import", async () => {
    const { db, file } = tempDatabase();
    await importFile(db, file("de.csv", german), { source: "shop" });
    const summary = await importFile(db, file("nl.csv", dutch), { source: "shop" });
    expect(summary).toMatchObject({ recordsNew: 2, recordsExisting: 0, customersNew: 2 });
    expect(summary.issues.map((i) => [i.row, i.column, i.value, i.reason, i.level])).toEqual([
      [2, "order_id", "50001", "order_id_taken", "warning"],
      [3, "order_id", "50002", "order_id_taken", "warning"],
    ]);
    expect(customer(db, "jan@example.nl")).toMatchObject({ frequency: 1, spend: { EUR: 45 } });
    expect(customer(db, "anna@example.de")).toMatchObject({ frequency: 1, spend: { EUR: 1234.5 } });

    const again = await importFile(db, file("nl-again.csv", dutch), { source: "shop" });
    expect(again).toMatchObject({ recordsNew: 0, recordsExisting: 2 });
    expect(again.issues).toEqual([]);
    expect(count(db, "SELECT count(*) FROM orders")).toBe(5);
    // The profile shows the order number as the file wrote it, not the key it is stored under.
    const jan = customer(db, "jan@example.nl").id;
    expect(readTimeline(db, jan, {}).entries.map((e) => [e.label, e.refund])).toEqual([["50001", false]]);
  });

  it("takes a re-export of the same order with other contact details as the order it was", async () => {
    const { db, file } = tempDatabase();
    await importFile(db, file("de.csv", german), { source: "shop" });
    // Anna's order exported again later: a new email, refunded, same day.
    const later = "order_id,email,created_at,total,currency\n50001,anna.k@example.de,2026-02-03,0.00,EUR\n";
    const summary = await importFile(db, file("de-later.csv", later), { source: "shop" });
    // Not a new order: the stored one, refunded since.
    expect(summary).toMatchObject({ recordsNew: 0, recordsUpdated: 1, customersNew: 0 });
    expect(summary.issues).toEqual([]);
    expect(customer(db, "anna@example.de")).toMatchObject({ spend: {} });
  });
});
