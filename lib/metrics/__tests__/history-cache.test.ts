import { beforeAll, describe, expect, it } from "vitest";

import { runImport } from "@/lib/ingest/run-import";
import { loadHistory } from "@/lib/metrics/history/history-store";
import { readAllOrders } from "@/lib/metrics/history/read-orders";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { tempDatabase } from "@/lib/testing/temp-db";

const first = `order_id,email,date,amount
A1,a@example.com,2024-01-05,100
A2,a@example.com,2024-02-10,50
B1,b@example.com,2024-01-20,500
C1,c@example.com,2024-03-01,30
`;
const second = `order_id,email,date,amount
A3,a@example.com,2024-03-15,70
D1,d@example.com,2024-03-20,1000
`;

/** How the last recompute brought the cache up to date. */
const lastMode = (db: ReturnType<typeof tempDatabase>["db"]) =>
  db.$client
    .prepare(
      "SELECT json_extract(details, '$.historyMode') FROM metric_runs ORDER BY id DESC LIMIT 1",
    )
    .pluck()
    .get();

describe("the order-history cache keeps in step with the orders", () => {
  const { db, file } = tempDatabase();
  const money = { base: "USD", rates: {} };
  const expectCacheIsFresh = () => expect(loadHistory(db)).toEqual(readAllOrders(db, money));

  beforeAll(async () => {
    await runImport(db, {
      file: file("first.csv", first),
      preset: "orders-csv",
      currency: "USD",
      source: "shop",
      createdBy: "test",
    });
  });

  it("reads every order on the first recompute, then nothing when nothing changed", () => {
    expect(
      db.$client
        .prepare("SELECT json_extract(details, '$.historyMode') FROM metric_runs")
        .pluck()
        .all(),
    ).toEqual(["full"]);
    expect(recomputeMetrics(db)).toMatchObject({ historyMode: "cached", buyers: 3 });
    expectCacheIsFresh();
  });

  it("rereads only the customers of new orders", async () => {
    await runImport(db, {
      file: file("second.csv", second),
      preset: "orders-csv",
      currency: "USD",
      source: "shop",
      createdBy: "test",
    });
    expect(lastMode(db)).toBe("delta");
    expectCacheIsFresh();
    expect(recomputeMetrics(db)).toMatchObject({ buyers: 4 });
  });

  it("notices deleted orders (a rolled-back import)", () => {
    db.$client.prepare("DELETE FROM orders WHERE order_key IN ('A3', 'D1')").run();
    expect(recomputeMetrics(db)).toMatchObject({ historyMode: "delta", buyers: 3 });
    expectCacheIsFresh();
  });

  it("notices orders moved to another profile (a merge)", () => {
    const [a, b] = db.$client
      .prepare(
        `SELECT profile_id FROM identifiers WHERE value IN ('a@example.com', 'b@example.com') ORDER BY value`,
      )
      .pluck()
      .all() as number[];
    db.$client.prepare("UPDATE orders SET profile_id = ? WHERE profile_id = ?").run(a, b);
    expect(recomputeMetrics(db)).toMatchObject({ historyMode: "delta", buyers: 2 });
    expectCacheIsFresh();
    const orders = db.$client
      .prepare("SELECT orders FROM customer_metrics WHERE profile_id = ?")
      .pluck()
      .get(a);
    expect(orders).toBe(3);
  });

  it("rebuilds when the currency rates change", () => {
    db.$client
      .prepare(`INSERT INTO settings (key, value) VALUES ('general', '{"rates":{"EUR":1.1}}')`)
      .run();
    expect(recomputeMetrics(db)).toMatchObject({ historyMode: "full" });
  });
});
