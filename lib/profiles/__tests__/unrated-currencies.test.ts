import { describe, expect, it } from "vitest";

import { count, customer, importFile } from "@/lib/ingest/__tests__/case-helpers";
import { unratedCurrenciesOf } from "@/lib/profiles/unrated-currencies";
import { unratedSpendOf } from "@/lib/profiles/unrated-spend";
import { tempDatabase } from "@/lib/testing/temp-db";

describe("a customer's currencies without a rate", () => {
  it("are those of their counted orders the reporting currency cannot take in", async () => {
    const { db, file } = tempDatabase();
    await importFile(db, file("orders.csv", "order id,email,date,amount,currency,status\n" +
      "1,ana@example.com,2026-03-01,10.00,USD,paid\n2,ana@example.com,2026-03-02,1200,JPY,paid\n" +
      "3,ana@example.com,2026-03-03,8.00,GBP,cancelled\n4,bo@example.com,2026-03-04,5.00,USD,paid\n" +
      "5,bo@example.com,2026-03-05,5.00,USD,paid\n"), { source: "shop" });
    expect(count(db, "SELECT count(*) FROM orders WHERE counts = 0")).toBe(1);
    // USD is the reporting currency (most orders); JPY has no rate; the cancelled GBP order is in no figure.
    expect(unratedCurrenciesOf(db, customer(db, "ana@example.com").id)).toEqual(["JPY"]);
    expect(unratedCurrenciesOf(db, customer(db, "bo@example.com").id)).toEqual([]);

    // The customer list shows the spend its revenue column leaves out, per currency.
    const [ana, bo] = [customer(db, "ana@example.com").id, customer(db, "bo@example.com").id];
    const spend = unratedSpendOf(db, [ana, bo]);
    expect(spend.get(ana)).toEqual([{ currency: "JPY", amount: 1200 }]);
    expect(spend.has(bo)).toBe(false);
  });
});
