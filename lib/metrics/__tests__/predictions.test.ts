import { fileURLToPath } from "node:url";

import { beforeAll, describe, expect, it } from "vitest";

import { isoToDay } from "@/lib/ingest/normalise/dates";
import { runImport } from "@/lib/ingest/run-import";
import { readLatestRun, readPredictionTotals } from "@/lib/metrics/predictions/read-predictions";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { readSummary } from "@/lib/metrics/summary";
import {
  PUBLISHED_BGNBD,
  PUBLISHED_GAMMA_GAMMA,
  expectPublished,
} from "@/lib/predict/__tests__/published";
import { writeSettings } from "@/lib/settings/read-settings";
import { tempDatabase } from "@/lib/testing/temp-db";

const sample = fileURLToPath(
  new URL("../../predict/__tests__/fixtures/CDNOW_sample.txt", import.meta.url),
);

describe("predictions stored from the CDNOW sample (calibration 1997-01-01 – 1997-09-30, weeks)", () => {
  const { db } = tempDatabase();

  beforeAll(async () => {
    writeSettings(db, "models", {
      prediction: { calibrationFrom: "1997-01-01", calibrationTo: "1997-09-30", unit: "week" },
    });
    await runImport(db, { file: sample, preset: "cdnow", source: "cdnow", createdBy: "test" });
  }, 60_000);

  it("stores the published BG/NBD and Gamma-Gamma fits", () => {
    const run = readLatestRun(db);
    if (run?.bgnbd.status !== "fitted" || run.gammaGamma.status !== "fitted")
      throw new Error("expected both fits");
    for (const key of ["r", "alpha", "a", "b"] as const)
      expectPublished(run.bgnbd[key], PUBLISHED_BGNBD[key]);
    for (const key of ["p", "q", "gamma"] as const)
      expectPublished(run.gammaGamma[key], PUBLISHED_GAMMA_GAMMA[key]);
    expect(run.bgnbd.logLikelihood).toBeCloseTo(PUBLISHED_BGNBD.logLikelihood, 1);
    expect(run).toMatchObject({
      customers: 2357,
      unit: "week",
      holdoutEndDay: isoToDay("1998-06-30"),
    });
  });

  it("checks against the holdout: 4,339 cumulative repeat purchases by week 78, predicted within 5 %", () => {
    const check = readLatestRun(db)?.check;
    const last = check?.tracking.at(-1);
    expect(check?.calibrationEnd).toBeCloseTo(272 / 7, 10);
    expect(last?.t).toBeCloseTo(545 / 7, 10);
    expect(last?.actual).toBe(4339);
    expect(Math.abs((last?.predicted ?? 0) - 4339) / 4339).toBeLessThan(0.05);
    // 1,411 of the 2,357 never repeated in calibration; their holdout mean is small.
    expect(check?.byFrequency?.[0]).toMatchObject({ x: 0, customers: 1411 });
    expect(check?.byFrequency?.[0].predicted).toBeLessThan(0.5);
  });

  it("scores every buyer with finite values, and sums them per tier", () => {
    const rows = db.$client
      .prepare(
        "SELECT p_alive, expected_purchases_365d, order_value_minor, clv_minor FROM customer_predictions",
      )
      .raw()
      .all() as number[][];
    expect(rows).toHaveLength(2357);
    expect(rows.flat().every(Number.isFinite)).toBe(true);
    expect(rows.every(([alive, , , clv]) => alive >= 0 && alive <= 1 && clv >= 0)).toBe(true);
    expect(readPredictionTotals(db, "tier").reduce((sum, row) => sum + row.customers, 0)).toBe(
      2357,
    );
  });

  it("ranks the pyramid by predicted CLV when asked", () => {
    writeSettings(db, "models", {
      tierValue: "clv",
      prediction: { calibrationFrom: "1997-01-01", calibrationTo: "1997-09-30", unit: "week" },
    });
    const result = recomputeMetrics(db);
    expect(result.warnings).toEqual([]);
    const mismatched = db.$client
      .prepare(
        `SELECT count(*) FROM customer_metrics m JOIN customer_predictions p USING (profile_id)
        WHERE m.value_minor != p.clv_minor`,
      )
      .pluck()
      .get();
    expect(mismatched).toBe(0);
  });
});

describe("predictions on data where nobody repeats", () => {
  const { db, file } = tempDatabase();
  const csv = [
    "order_id,email,date,amount",
    ...Array.from(
      { length: 40 },
      (_, i) =>
        `O${i},c${i}@example.com,2024-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, "0")},${10 + i}`,
    ),
  ].join("\n");

  it("keeps going: a bounded fit with its warning, no spend model, and CLV ranking falls back to spend", async () => {
    writeSettings(db, "models", { tierValue: "clv" });
    await runImport(db, {
      file: file("once.csv", csv),
      preset: "orders-csv",
      currency: "USD",
      source: "shop",
      createdBy: "test",
    });
    const result = recomputeMetrics(db);
    expect(result.warnings).toContain("clv_unavailable");
    expect(readSummary(db).warnings).toContain("clv_unavailable");
    const run = readLatestRun(db);
    expect(run?.bgnbd.warnings).toEqual(
      expect.arrayContaining(["no_repeat_purchases", "bounded_fit"]),
    );
    expect(run?.gammaGamma.status).toBe("not_enough_data");
    const clv = db.$client
      .prepare("SELECT count(*) FROM customer_predictions WHERE clv_minor IS NULL")
      .pluck()
      .get();
    expect(clv).toBe(40);
    // Ranked by trailing spend instead: every order is in the last 12 months, so value = spend.
    const off = db.$client
      .prepare("SELECT count(*) FROM customer_metrics WHERE value_minor != revenue_minor")
      .pluck()
      .get();
    expect(off).toBe(0);
    // 40 buyers: VIP ends at rank round(0.4) = 0, Gold at round(2) = 2.
    const gold = db.$client
      .prepare("SELECT count(*) FROM customer_metrics WHERE tier = 'gold'")
      .pluck()
      .get();
    expect(gold).toBe(2);
  });
});
