import { describe, expect, it } from "vitest";

import { expectedValuePerCustomer } from "@/lib/campaigns/budget/expected-value";
import { runImport } from "@/lib/ingest/run-import";
import { writeSettings } from "@/lib/settings/read-settings";
import { tempDatabase } from "@/lib/testing/temp-db";

const orders = `order_id,email,date,amount
A1,a@example.com,2024-01-10,100
A2,a@example.com,2024-03-10,300
B1,b@example.com,2024-02-01,50
`;

async function twoBuyers() {
  const { db, file } = tempDatabase();
  await runImport(db, { file: file("orders.csv", orders), preset: "orders-csv", currency: "USD", source: "shop", createdBy: "test" });
  const ids = db.$client.prepare("SELECT profile_id FROM customer_metrics ORDER BY profile_id").pluck().all() as number[];
  return { db, ids };
}

describe("expected value per customer for the budget assistant", () => {
  it("without predictions, a response is worth the average order value: (100 + 300 + 50) / 3 = 150.00", async () => {
    const { db, ids } = await twoBuyers();
    db.$client.exec("DELETE FROM customer_predictions");
    expect(expectedValuePerCustomer(db, { profileIds: ids, expectedResponse: 0.1 })).toEqual({
      valuePerResponderMinor: 15_000,
      valuePerCustomerMinor: 1_500,
      basis: "average_order_value",
    });
  });

  it("with predictions, it is the mean CLV turned back into revenue: (600 + 200) / 2 / 0.25 = 1,600.00", async () => {
    const { db, ids } = await twoBuyers();
    writeSettings(db, "general", { margin: 0.25 });
    db.$client.exec("DELETE FROM customer_predictions");
    const add = db.$client.prepare(`INSERT INTO customer_predictions (profile_id, run_id, p_alive,
      expected_purchases_30d, expected_purchases_90d, expected_purchases_365d, clv_minor) VALUES (?, 1, 0.5, 0, 0, 0, ?)`);
    add.run(ids[0], 60_000);
    add.run(ids[1], 20_000);
    expect(expectedValuePerCustomer(db, { profileIds: ids, expectedResponse: 0.1 })).toEqual({
      valuePerResponderMinor: 160_000,
      valuePerCustomerMinor: 16_000,
      basis: "predicted_clv",
    });
  });
});
