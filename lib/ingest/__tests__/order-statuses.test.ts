import { describe, expect, it } from "vitest";

import { isExcludedStatus, noSaleStatuses, statusKey } from "@/lib/ingest/normalise/order-status";
import { suggestMapping } from "@/lib/ingest/mapping/suggest-mapping";
import { previewFile } from "@/lib/ingest/preview-file";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, importFile } from "./case-helpers";

describe("order statuses that are not sales", () => {
  it("folds case, accents and full-width forms", () => {
    expect(statusKey("  ANNULÉE ")).toBe("annulee");
    expect(statusKey("Pending_Payment")).toBe("pending payment");
    expect(statusKey("ＣＡＮＣＥＬＬＥＤ")).toBe("cancelled");
  });

  it("knows the usual words in the languages files come in, and not the words for a sale", () => {
    const noSale = ["Annulée", "annulee", "Storniert", "Cancelado", "Annullato", "Geannuleerd",
      "キャンセル", "已取消", "交易关闭", "Zahlung ausstehend", "REFUNDED", "返品", "Retournée",
      "Commande annulée par le client", "Order cancelled", "Draft", "Chargeback", "offen", "on-hold",
      "Authorized"];
    const sale = ["Livrée", "Geliefert", "Entregado", "completed", "paid", "partially refunded",
      "交易成功", "発送済み"];
    expect(noSale.filter((s) => !isExcludedStatus(s, noSaleStatuses))).toEqual([]);
    expect(sale.filter((s) => isExcludedStatus(s, noSaleStatuses))).toEqual([]);
  });

  it("suggests order-status headers in other languages as the status", () => {
    const headers = ["Bestellnummer", "E-Mail-Adresse", "Bestelldatum", "Betrag", "Bestellstatus"];
    expect(suggestMapping(headers, [], "order")).toEqual(["orderId", "email", "orderedAt", "amount", "status"]);
    expect(suggestMapping(["Order Ref", "Email", "Date", "Total"], [], "order")[0]).toBe("orderId");
    // A PrestaShop-like French export: its reference is the order's, its client a name.
    expect(suggestMapping(["Référence", "Client", "Courriel", "Total", "État", "Date"], [], "order"))
      .toEqual(["orderId", "name", "email", "amount", "status", "orderedAt"]);
    expect(suggestMapping(["Ref", "Kunde", "Betrag", "Datum"], [], "order"))
      .toEqual(["orderId", "name", "amount", "orderedAt"]);
    expect(suggestMapping(["Beleg", "Kanal", "Betrag", "Datum", "Zustand"], [], "order"))
      .toEqual(["orderId", "channel", "amount", "orderedAt", "status"]);
  });

  const french = "Référence commande,Courriel,Date de commande,Montant total,Statut\n" +
    "F-1,claire@example.fr,2026-03-01,\"120,00\",Livrée\n" +
    "F-2,claire@example.fr,2026-03-04,\"80,00\",Annulée\n" +
    "F-3,luc@example.fr,2026-03-05,\"45,50\",En attente de paiement\n" +
    "F-4,luc@example.fr,2026-03-06,\"30,00\",Livrée\n";
  const columns = { orderId: ["Référence commande"], email: ["Courriel"],
    orderedAt: ["Date de commande"], amount: ["Montant total"], status: ["Statut"] };

  it("shows which statuses of a mapped file count, and does not count a French cancellation", async () => {
    const { db, file } = tempDatabase();
    const orders = file("commandes.csv", french);
    const mapping = { kind: "order" as const, columns, currency: "EUR" };
    const preview = await previewFile(db, { file: orders, mapping });
    expect(preview.statuses?.seen).toEqual([
      { status: "Livrée", counts: true },
      { status: "Annulée", counts: false },
      { status: "En attente de paiement", counts: false },
    ]);
    expect(preview.statuses?.chosen).toBe(false);

    const summary = await importFile(db, orders, { mapping, source: "boutique" });
    expect(summary.sales).toEqual([{ currency: "EUR", orders: 2, refunds: 0, amountMinor: 15_000, notCounted: 2 }]);
    expect(count(db, "SELECT count(*) FROM orders")).toBe(4);
    expect(count(db, "SELECT count(*) FROM orders WHERE counts = 1")).toBe(2);
    expect(count(db, "SELECT sum(amount_minor) FROM orders WHERE counts = 1")).toBe(15_000);
  });

  it("counts the statuses the admin ticks, and keeps the choice in the mapping", async () => {
    const { db, file } = tempDatabase();
    const orders = file("commandes.csv", french);
    const mapping = { kind: "order" as const, columns, currency: "EUR", excludedStatuses: ["annulée"] };
    const preview = await previewFile(db, { file: orders, mapping });
    expect(preview.statuses).toMatchObject({ chosen: true, excluded: ["annulée"] });
    expect(preview.statuses?.seen.map((s) => s.counts)).toEqual([true, false, true]);

    await importFile(db, orders, { mapping, source: "boutique" });
    expect(count(db, "SELECT sum(amount_minor) FROM orders WHERE counts = 1")).toBe(19_550);
  });

  it("states a preset's rule on a recognised file", async () => {
    const { db, file } = tempDatabase();
    const orders = file("orders.csv", "order id,email,date,amount,currency,status\n" +
      "1,a@example.com,2026-03-01,10.00,USD,completed\n2,b@example.com,2026-03-02,5.00,USD,Cancelled\n");
    const preview = await previewFile(db, { file: orders });
    // Any shop's file fits the generic preset: the screen asks which source it is.
    expect(preview.recognised).toMatchObject({ preset: "orders-csv", generic: true });
    expect(preview.statuses?.seen).toEqual([
      { status: "completed", counts: true }, { status: "Cancelled", counts: false },
    ]);
  });

  it("lists every status of the new orders in the dry run, those past the preview's rows too", async () => {
    const { db, file } = tempDatabase();
    const head = Array.from({ length: 100 }, (_, i) => `F-${i},client${i}@example.fr,2026-03-01,"10,00",Livrée`);
    const tail = ["T-1,late@example.fr,2026-03-02,\"99,00\",Retour accepté",
      "T-2,late@example.fr,2026-03-03,\"5,00\",Annulée", "T-3,late@example.fr,2026-03-04,\"7,00\",En litige"];
    const orders = file("commandes.csv", `${french.split("\n")[0]}\n${[...head, ...tail].join("\n")}\n`);
    const mapping = { kind: "order" as const, columns, currency: "EUR" };
    const preview = await previewFile(db, { file: orders, mapping });
    expect(preview.statuses?.seen).toEqual([{ status: "Livrée", counts: true }]);

    const summary = await importFile(db, orders, { mapping, source: "boutique", dryRun: true });
    expect(summary.statuses).toEqual([
      { status: "Livrée", orders: 100, counts: true },
      { status: "Annulée", orders: 1, counts: false },
      { status: "En litige", orders: 1, counts: true },
      { status: "Retour accepté", orders: 1, counts: true },
    ]);
    expect(count(db, "SELECT count(*) FROM orders")).toBe(0);
  });
});
