import { describe, expect, it } from "vitest";

import { listImports } from "@/lib/ingest/list-imports";
import { rollbackImport } from "@/lib/ingest/rollback-import";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, importFile } from "./case-helpers";

const header = "Référence,Courriel,Téléphone,Date,Montant,Devise,Statut";
const week1 = [header,
  "FR-1,camille@example.fr,+33645678901,2026-03-01,\"120,00\",EUR,Livrée",
  "FR-2,camille@example.fr,+33645678901,2026-03-04,\"330,00\",EUR,Livrée",
  "FR-3,luc@example.fr,,2026-03-05,\"45,50\",EUR,En attente de paiement",
].join("\n");
// A week later the shop exports again: FR-2 was refunded, FR-3 paid, FR-4 is new.
const week2 = [header,
  "FR-1,camille@example.fr,+33645678901,2026-03-01,\"120,00\",EUR,Livrée",
  "FR-2,camille@example.fr,+33645678901,2026-03-04,\"330,00\",EUR,Remboursée",
  "FR-3,luc@example.fr,,2026-03-05,\"45,50\",EUR,Livrée",
  "FR-4,luc@example.fr,,2026-03-09,\"20,00\",EUR,Livrée",
].join("\n");
const columns = { orderId: ["Référence"], email: ["Courriel"], phone: ["Téléphone"], orderedAt: ["Date"],
  amount: ["Montant"], currency: ["Devise"], status: ["Statut"] };
const request = { mapping: { kind: "order" as const, columns }, source: "boutique" };
/** Counted orders on the customer's channel-preference row. */
const channelOrders = (db: ReturnType<typeof tempDatabase>["db"], email: string) =>
  count(db, `SELECT coalesce(c.orders, 0) FROM identifiers i LEFT JOIN profile_channels c ON c.profile_id = i.profile_id
    WHERE i.kind = 'email' AND i.value = ?`, email);
const order = (db: ReturnType<typeof tempDatabase>["db"], key: string) =>
  db.$client.prepare("SELECT amount_minor AS amount, counts, status FROM orders WHERE order_key = ?").get(key);

describe("an order that a later export shows changed", () => {
  it("takes the new status and standing, and counts as changed rather than already imported", async () => {
    const { db, file } = tempDatabase();
    await importFile(db, file("semaine-1.csv", week1), request);
    expect(customer(db, "luc@example.fr")).toMatchObject({ frequency: 0 });
    const summary = await importFile(db, file("semaine-2.csv", week2), request);
    expect(summary).toMatchObject({ recordsNew: 1, recordsUpdated: 2, recordsExisting: 1 });
    expect(summary.changes).toEqual([
      { reference: "FR-2", currency: "EUR", before: { amountMinor: 33_000, counts: true, status: "Livrée" },
        after: { amountMinor: 33_000, counts: false, status: "Remboursée" } },
      { reference: "FR-3", currency: "EUR", before: { amountMinor: 4_550, counts: false, status: "En attente de paiement" },
        after: { amountMinor: 4_550, counts: true, status: "Livrée" } },
    ]);
    expect(order(db, "FR-2")).toEqual({ amount: 33_000, counts: 0, status: "Remboursée" });
    expect(order(db, "FR-3")).toEqual({ amount: 4_550, counts: 1, status: "Livrée" });
    expect(customer(db, "camille@example.fr")).toMatchObject({ frequency: 1, spend: { EUR: 120 } });
    expect(customer(db, "luc@example.fr")).toMatchObject({ frequency: 2, spend: { EUR: 65.5 } });
    // The channel counts follow the counted orders too.
    expect(channelOrders(db, "camille@example.fr")).toBe(1);
    expect(channelOrders(db, "luc@example.fr")).toBe(2);

    const history = listImports(db);
    expect(history.map((row) => [row.recordsNew, row.recordsExisting, row.recordsUpdated]))
      .toEqual([[1, 1, 2], [3, 0, 0]]);
    const again = await importFile(db, file("semaine-2-bis.csv", week2), request);
    expect(again).toMatchObject({ recordsNew: 0, recordsUpdated: 0, recordsExisting: 4 });
  });

  it("gets its old values back when the later import is rolled back", async () => {
    const { db, file } = tempDatabase();
    await importFile(db, file("semaine-1.csv", week1), request);
    const later = await importFile(db, file("semaine-2.csv", week2), request);
    rollbackImport(db, { importId: later.importId!, by: "test" });
    expect(order(db, "FR-2")).toEqual({ amount: 33_000, counts: 1, status: "Livrée" });
    expect(order(db, "FR-3")).toEqual({ amount: 4_550, counts: 0, status: "En attente de paiement" });
    expect(order(db, "FR-4")).toBeUndefined();
    expect(customer(db, "camille@example.fr")).toMatchObject({ frequency: 2, spend: { EUR: 450 } });
    expect(channelOrders(db, "camille@example.fr")).toBe(2);
    expect(channelOrders(db, "luc@example.fr")).toBe(0);
    expect(count(db, "SELECT count(*) FROM order_changes")).toBe(0);
  });

  it("goes with the import that stored it, changes and all", async () => {
    const { db, file } = tempDatabase();
    const first = await importFile(db, file("semaine-1.csv", week1), request);
    await importFile(db, file("semaine-2.csv", week2), request);
    rollbackImport(db, { importId: first.importId!, by: "test" });
    expect(count(db, "SELECT count(*) FROM orders")).toBe(1);
    expect(count(db, "SELECT count(*) FROM order_changes")).toBe(0);
    // Camille's orders were all the first import's, changed or not: she goes with them, as an
    // unchanged buyer would; Luc keeps the order the later import stored.
    expect(() => customer(db, "camille@example.fr")).toThrow("no customer");
    expect(customer(db, "luc@example.fr")).toMatchObject({ frequency: 1, spend: { EUR: 20 } });
  });
});
