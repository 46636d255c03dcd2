import { beforeAll, describe, expect, it } from "vitest";

import { runImport } from "@/lib/ingest/run-import";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { readMigration, readPeriods } from "@/lib/metrics/snapshots/read-movement";
import { readCohorts, readTrend } from "@/lib/metrics/snapshots/read-trends";
import { writeSettings } from "@/lib/settings/read-settings";
import { tempDatabase } from "@/lib/testing/temp-db";

/**
 * Five buyers over three months, as of 2024-03-31, tiers cut at 20 % each
 * (VIP, Gold, Silver, Bronze; rest Base) on trailing 12-month spend. With n
 * buyers a tier ending at rank E = round(n × cumulative share) holds values
 * ≥ the E-th highest:
 *   Jan (n 3: a 100, b 500, e 20):           E 1,1,2,2 → b VIP, a Silver, e Base
 *   Feb (n 4: a 200, b 500, c 50, e 20):     E 1,2,2,3 → b VIP, a Gold, c Bronze, e Base
 *   Mar (n 5: a 300, b 500, c 350, d 1000, e 20): E 1,2,3,4 → d VIP, b Gold, c Silver, a Bronze, e Base
 */
const csv = `order_id,email,date,amount
A1,a@example.com,2024-01-05,100
A2,a@example.com,2024-02-10,100
A3,a@example.com,2024-03-15,100
B1,b@example.com,2024-01-20,500
C1,c@example.com,2024-02-01,50
C2,c@example.com,2024-03-01,300
D1,d@example.com,2024-03-20,1000
E1,e@example.com,2024-01-02,20
`;

const tiersOf = (cells: { from: string; to: string; customers: number }[]) =>
  Object.fromEntries(cells.map((c) => [`${c.from}→${c.to}`, c.customers]));

describe("snapshots back-filled from a hand-built history", () => {
  const { db, file } = tempDatabase();

  beforeAll(async () => {
    writeSettings(db, "models", {
      asOf: "2024-03-31",
      tierShares: { vip: 0.2, gold: 0.2, silver: 0.2, bronze: 0.2 },
    });
    await runImport(db, {
      file: file("orders.csv", csv),
      preset: "orders-csv",
      currency: "USD",
      source: "shop",
      createdBy: "test",
    });
  });

  it("has one period per month, the last ending on the as-of date", () => {
    expect(readPeriods(db).map((p) => p.key)).toEqual(["2024-01", "2024-02", "2024-03"]);
  });

  it("stores each customer's tier per month (0 VIP … 4 Base, - before the first order)", () => {
    const rows = db.$client
      .prepare(
        `SELECT substr(i.value, 1, 1), s.tiers FROM customer_snapshots s
        JOIN identifiers i ON i.profile_id = s.profile_id ORDER BY i.value`,
      )
      .raw()
      .all();
    expect(rows).toEqual([
      ["a", "213"],
      ["b", "001"],
      ["c", "-32"],
      ["d", "--0"],
      ["e", "444"],
    ]);
  });

  it("counts January → March moves: one VIP became Gold, one Silver became Bronze, two joined", () => {
    expect(
      tiersOf(readMigration(db, { dimension: "tier", from: "2024-01", to: "2024-03" })),
    ).toEqual({
      "vip→gold": 1,
      "silver→bronze": 1,
      "base→base": 1,
      "-→silver": 1,
      "-→vip": 1,
    });
  });

  it("counts February → March moves", () => {
    expect(
      tiersOf(readMigration(db, { dimension: "tier", from: "2024-02", to: "2024-03" })),
    ).toEqual({
      "gold→bronze": 1,
      "vip→gold": 1,
      "bronze→silver": 1,
      "base→base": 1,
      "-→vip": 1,
    });
  });

  it("ends on the structure customer_metrics holds", () => {
    const march = readTrend(db, "tier").filter((row) => row.position === 3);
    const current = db.$client
      .prepare("SELECT tier, count(*) AS n FROM customer_metrics GROUP BY tier ORDER BY tier")
      .raw()
      .all();
    expect(march.map((row) => [row.key, row.customers]).sort()).toEqual(current);
    // What each March tier spent in March: d 1000 (VIP), c 300 (Silver), a 100 (Bronze).
    expect(Object.fromEntries(march.map((row) => [row.key, row.revenue]))).toEqual({
      vip: 1000,
      gold: 0,
      silver: 300,
      bronze: 100,
      base: 0,
    });
  });

  it("counts cohorts by month of first order: 3 in January, of whom 1 ordered in each later month", () => {
    expect(readCohorts(db)).toEqual([
      { cohort: 1, age: 0, customers: 3, revenue: 620 },
      { cohort: 1, age: 1, customers: 1, revenue: 100 },
      { cohort: 1, age: 2, customers: 1, revenue: 100 },
      { cohort: 2, age: 0, customers: 1, revenue: 50 },
      { cohort: 2, age: 1, customers: 1, revenue: 300 },
      { cohort: 3, age: 0, customers: 1, revenue: 1000 },
    ]);
  });

  it("recomputes the history when a cut-off changes, and reports who moved", () => {
    writeSettings(db, "models", {
      asOf: "2024-03-31",
      tierShares: { vip: 0.4, gold: 0, silver: 0.2, bronze: 0.2 },
    });
    let periodsDone = 0;
    const result = recomputeMetrics(db, { betweenPeriods: () => periodsDone++ });
    // Called once per back-filled month: a large import collects each month's garbage there.
    expect(periodsDone).toBe(3);
    // March's VIP now ends at rank 2 and Gold is empty: b moves up from Gold; Silver and Bronze still end at ranks 3 and 4.
    expect(result).toMatchObject({ movedTier: 1, movedStage: 0 });
    expect(
      tiersOf(readMigration(db, { dimension: "tier", from: "2024-02", to: "2024-03" }))["vip→vip"],
    ).toBe(1);
  });
});
