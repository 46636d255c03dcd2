import { beforeAll, describe, expect, it } from "vitest";

import { runImport } from "@/lib/ingest/run-import";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { tempDatabase } from "@/lib/testing/temp-db";

/**
 * Thirteen customers computed by hand, as of 2024-12-31. Twelve buyers, so a
 * score is 1 + floor(5 × strictly-worse / 12). Ties straddle quintile edges:
 * five buyers with F = 1 (positions 0–4) all score F 1; three with M = 100
 * (positions 1–3) all score M 1. c09 has a refund (300 − 100), c10 two
 * same-day rows without an order id (one order of 120), c11 only a cancelled
 * order (no purchase: a prospect). Trailing 12 months = after 2024-01-01.
 */
const csv = `order_id,email,date,amount,refund,status
A1,c01@example.com,2024-12-20,500,,paid
A2,c01@example.com,2024-11-01,400,,paid
A3,c01@example.com,2024-09-01,300,,paid
A4,c01@example.com,2024-06-01,300,,paid
B1,c02@example.com,2024-12-25,1000,,paid
B2,c02@example.com,2024-10-10,200,,paid
C1,c03@example.com,2024-12-01,100,,paid
D1,c04@example.com,2024-12-01,100,,paid
E1,c05@example.com,2024-08-15,250,,paid
E2,c05@example.com,2024-05-01,250,,paid
E3,c05@example.com,2024-02-01,250,,paid
F1,c06@example.com,2024-03-01,80,,paid
G1,c07@example.com,2023-06-01,900,,paid
G2,c07@example.com,2023-01-01,600,,paid
H1,c08@example.com,2024-12-30,60,,paid
H2,c08@example.com,2022-10-01,40,,paid
I1,c09@example.com,2024-10-01,300,100,partially_refunded
,c10@example.com,2024-12-10,50,,paid
,c10@example.com,2024-12-10,70,,paid
K1,c11@example.com,2024-11-11,99,,cancelled
L1,c12@example.com,2024-07-01,40,,paid
L2,c12@example.com,2024-04-01,40,,paid
L3,c12@example.com,2024-01-01,40,,paid
L4,c12@example.com,2023-10-01,40,,paid
L5,c12@example.com,2023-07-01,40,,paid
M1,c13@example.com,2024-12-28,30,,paid
M2,c13@example.com,2024-12-14,30,,paid
M3,c13@example.com,2024-11-30,30,,paid
M4,c13@example.com,2024-11-16,30,,paid
`;

// customer: [orders, net spend, recency, R, F, M, segment, tier, stage]
const expected: Record<string, [number, number, number | null, number | null, number | null, number | null, string | null, string, string]> = {
  c01: [4, 1500, 11, 4, 4, 5, "champions", "gold", "loyal"],
  c02: [2, 1200, 6, 4, 3, 4, "champions", "silver", "active"],
  c03: [1, 100, 30, 3, 1, 1, "about_to_sleep", "base", "new"],
  c04: [1, 100, 30, 3, 1, 1, "about_to_sleep", "base", "new"],
  c05: [3, 750, 138, 2, 4, 4, "at_risk", "bronze", "active"],
  c06: [1, 80, 305, 1, 1, 1, "lost", "base", "at_risk"],
  c07: [2, 1500, 579, 1, 3, 5, "cant_lose", "base", "lapsed"],
  c08: [2, 100, 1, 5, 3, 1, "potential_loyalist", "base", "reactivated"],
  c09: [1, 200, 91, 2, 1, 3, "about_to_sleep", "bronze", "at_risk"],
  c10: [1, 120, 21, 3, 1, 2, "potential_loyalist", "bronze", "new"],
  c11: [0, 0, null, null, null, null, null, "prospect", "prospect"],
  c12: [5, 200, 183, 1, 5, 3, "cant_lose", "base", "at_risk"],
  c13: [4, 120, 3, 5, 4, 2, "loyal", "bronze", "loyal"],
};

describe("value structure on a hand-computed table (as of 2024-12-31)", () => {
  const { db, file } = tempDatabase();
  let rows: Record<string, unknown[]>;

  beforeAll(async () => {
    await runImport(db, { file: file("orders.csv", csv), preset: "orders-csv", currency: "USD", source: "shop", createdBy: "test" });
    const result = recomputeMetrics(db, { asOf: "2024-12-31" });
    expect(result).toMatchObject({ customers: 13, buyers: 12 });
    const all = db.$client
      .prepare(`SELECT substr(i.value, 1, 3) AS who, m.orders, m.revenue_minor / 100.0, m.recency_days, m.r, m.f, m.m,
          m.segment, m.tier, m.stage
        FROM customer_metrics m JOIN identifiers i ON i.profile_id = m.profile_id AND i.kind = 'email'`)
      .raw()
      .all() as unknown[][];
    rows = Object.fromEntries(all.map(([who, ...rest]) => [who as string, rest]));
  });

  it.each(Object.entries(expected))("%s", (customer, values) => {
    expect(rows[customer]).toEqual(values);
  });
});

describe("a later as-of date on the same table", () => {
  const { db, file } = tempDatabase();
  const table = () => db.$client.prepare("SELECT * FROM customer_metrics ORDER BY profile_id").raw().all();

  beforeAll(async () => {
    await runImport(db, { file: file("orders.csv", csv), preset: "orders-csv", currency: "USD", source: "shop", createdBy: "test" });
    recomputeMetrics(db, { asOf: "2024-12-31" });
  });

  it("moves every recency by ten days, writing what a rewrite from scratch writes", () => {
    recomputeMetrics(db, { asOf: "2025-01-10" });
    const moved = table();
    const recency = db.$client
      .prepare(`SELECT m.recency_days FROM customer_metrics m JOIN identifiers i ON i.profile_id = m.profile_id
        WHERE i.value = 'c01@example.com'`)
      .pluck()
      .get();
    expect(recency).toBe(21);

    db.$client.exec("DELETE FROM metric_cache WHERE key LIKE 'metrics.%'; DELETE FROM customer_metrics");
    recomputeMetrics(db, { asOf: "2025-01-10" });
    expect(table()).toEqual(moved);
  });
});
