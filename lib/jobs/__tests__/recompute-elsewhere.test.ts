import path from "node:path";

import { describe, expect, it, vi } from "vitest";

import { openDatabase } from "@/db/client";
import { fixture, importFile } from "@/lib/ingest/__tests__/case-helpers";
import { readSummary } from "@/lib/metrics/summary";
import { changeSettings } from "@/lib/settings/change-settings";
import { tempDatabase } from "@/lib/testing/temp-db";

const where = vi.hoisted(() => ({ databasePath: "" }));
vi.mock("@/lib/env", () => ({ env: where }));

const { recomputeElsewhere, resolveElsewhere } = await import("../recompute-elsewhere");

describe("a recompute or resolution in a process of its own", () => {
  it("recomputes the server's database and answers with what moved", async () => {
    const { folder } = tempDatabase();
    where.databasePath = path.join(folder, "server.db");
    const db = openDatabase(where.databasePath);
    changeSettings(db, [{ path: "baseCurrency", value: "CNY" }]);
    await importFile(db, fixture("exports", "taobao_orders.csv"));
    const before = readSummary(db);
    const vips = () => readSummary(db).tiers.vip.customers;
    // 1 % of 26 buyers rounds to none.
    expect(before.buyers).toBe(26);
    expect(vips()).toBe(0);

    // A tenth of the buyers are VIPs from now on: the child recomputes them, not this process.
    changeSettings(db, [{ path: "tierShares.vip", value: 0.1 }]);
    const result = await recomputeElsewhere();
    expect(result).toMatchObject({ customers: before.customers, buyers: before.buyers });
    expect(result.movedTier).toBeGreaterThan(0);
    // 10 % of 26 buyers: 2.6, so 3.
    expect(vips()).toBe(3);

    // Identity settings changed: every identity is resolved again, then the metrics.
    const again = await resolveElsewhere();
    expect(again.resolution).toMatchObject({ mode: "full", profiles: before.customers });
    expect(again.recompute).toMatchObject({ customers: before.customers, movedTier: 0 });
    db.$client.close();
  }, 60_000);
});
