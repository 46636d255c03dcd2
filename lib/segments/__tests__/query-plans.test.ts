import { beforeAll, describe, expect, it } from "vitest";

import { generateCustomers } from "@/bench/segments-generate";
import { benchSegments } from "@/bench/segments-cases";
import type { Db } from "@/db/client";
import { readRfmGrid, readSegmentTotals } from "@/lib/metrics/dashboard";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { readSummary } from "@/lib/metrics/summary";
import { tempDatabase } from "@/lib/testing/temp-db";

import { captureStatements, queryPlan } from "../diagnostics/capture-statements";
import { breakdownSegment } from "../query/breakdown-segment";
import { countSegment } from "../query/count-segment";
import { segmentFilter } from "../query/segment-filter";

/**
 * The plans that decide the speed at a million customers, checked on a
 * generated 20,000 (the planner statistics have the same shape). A dashboard
 * tile that walks customer_metrics through an index must read only the
 * index: through a non-covering index SQLite looks up every row, 3–4× slower
 * than a plain scan.
 */
describe("segments: query plans", () => {
  let db: Db;
  beforeAll(() => {
    db = tempDatabase().db;
    generateCustomers(db, { customers: 20_000, orders: 90_000 });
    recomputeMetrics(db);
  }, 60_000);

  const plansOf = (work: () => void) =>
    captureStatements(db, work)
      .filter((statement) => /customer_metrics/.test(statement.sql))
      .map((statement) => ({
        sql: statement.sql.replace(/\s+/g, " "),
        plan: queryPlan(db, statement),
      }));

  it("every dashboard tile over customer_metrics scans it plainly or through a covering index", () => {
    const tiles = plansOf(() => {
      readSummary(db);
      readRfmGrid(db);
      readSegmentTotals(db);
    });
    expect(tiles.length).toBeGreaterThanOrEqual(5);
    for (const tile of tiles) {
      const walks = tile.plan.filter((step) => /customer_metrics/.test(step));
      for (const step of walks)
        expect(step, tile.sql).toMatch(
          /^(SCAN customer_metrics|(SCAN|SEARCH) customer_metrics USING COVERING INDEX .+)$/,
        );
    }
  });

  it("no tile sorts every customer to group them (the RFM grid groups by an indexed expression)", () => {
    const tiles = plansOf(() => {
      readSummary(db);
      readRfmGrid(db);
      readSegmentTotals(db);
    });
    for (const tile of tiles) expect(tile.plan, tile.sql).not.toContain("USE TEMP B-TREE FOR GROUP BY");
  });

  it("the tier tile reads its covering index in order: no sort of a million rows", () => {
    const [tier] = plansOf(() => readSummary(db)).filter((tile) => /GROUP BY tier/.test(tile.sql));
    expect(tier.plan).toEqual(["SCAN customer_metrics USING COVERING INDEX customer_metrics_tier"]);
  });

  it("VIPs in Shanghai start from the 1 % of VIPs, not the quarter of customers in Shanghai", () => {
    const filter = segmentFilter(db, benchSegments[0].rule);
    const [statement] = captureStatements(db, () => countSegment(db, filter));
    expect(queryPlan(db, statement)[0]).toBe(
      "SEARCH m USING COVERING INDEX customer_metrics_tier (tier=?)",
    );
  });

  it("the five-condition segment seeks city, gender and birth date in one index and orders by profile and day", () => {
    const filter = segmentFilter(db, benchSegments[1].rule);
    const [statement] = captureStatements(db, () => countSegment(db, filter));
    const plan = queryPlan(db, statement);
    expect(plan[0]).toBe(
      "SEARCH p USING COVERING INDEX profiles_city_gender_birthday (city=? AND gender=? AND birthday>? AND birthday<?)",
    );
    expect(plan[1]).toBe("SEARCH m USING INTEGER PRIMARY KEY (rowid=?)");
    expect(plan).toContain(
      "SEARCH o USING INDEX orders_profile_day (profile_id=? AND day>? AND day<?)",
    );
  });

  it("the builder's breakdown of everyone is one plain pass: no sort, no walk through an index", () => {
    const everyone = segmentFilter(db, { type: "group", match: "all", children: [] });
    const [breakdown] = captureStatements(db, () => breakdownSegment(db, everyone));
    expect(queryPlan(db, breakdown)).toEqual(["SCAN m"]);
  });
});
