import path from "node:path";

import { describe, expect, it } from "vitest";

import { runImport } from "@/lib/ingest/run-import";
import { readSummary } from "@/lib/metrics/summary";
import { tempDatabase } from "@/lib/testing/temp-db";

const sample = path.join(__dirname, "fixtures", "CDNOW_sample.txt");
const master = path.join(process.cwd(), "db", "seed", "cdnow", "CDNOW_master.txt");

describe("CDNOW import", () => {
  it("reads the headerless 1/10 sample: 2,357 customers, 6,919 rows → 6,696 orders, $244,091.94", async () => {
    const { db } = tempDatabase();
    const summary = await runImport(db, { file: sample, preset: "cdnow", createdBy: "test" });
    expect(summary).toMatchObject({ rowsRead: 6919, recordsNew: 6696, rowsRejected: 0, customersNew: 2357 });
    expect(readSummary(db)).toMatchObject({ customers: 2357, buyers: 2357, orders: 6696, revenue: 244_091.94, asOf: "1998-06-30" });
  });

  it("loads the full log to the published totals, and a second upload adds nothing", async () => {
    const { db } = tempDatabase();
    await runImport(db, { file: master, preset: "cdnow", source: "cdnow", createdBy: "test" });
    const totals = readSummary(db);
    expect(totals).toMatchObject({ customers: 23_570, orders: 67_591, revenue: 2_500_315.63 });
    expect(Object.values(totals.tiers).reduce((sum, tier) => sum + tier.customers, 0)).toBe(23_570);

    const again = await runImport(db, { file: master, preset: "cdnow", source: "cdnow", createdBy: "test" });
    expect(again).toMatchObject({ recordsNew: 0, recordsExisting: 67_591, customersNew: 0, customersExisting: 23_570 });
    expect(readSummary(db).orders).toBe(67_591);
  });

  it("rolls back a dry run: the counts are reported and nothing is stored", async () => {
    const { db } = tempDatabase();
    const dry = await runImport(db, { file: sample, preset: "cdnow", createdBy: "test", dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, importId: null, recordsNew: 6696 });
    expect(readSummary(db).customers).toBe(0);
  });
});
