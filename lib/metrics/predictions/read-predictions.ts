import type { Db } from "@/db/client";
import type { CustomerPrediction } from "@/db/schema";
import type { BgNbdFit, GammaGammaFit, HoldoutCheck, TimeUnit } from "@/lib/predict";

export type StoredRun = {
  id: number;
  asOfDay: number;
  unit: TimeUnit;
  fromDay: number;
  toDay: number;
  holdoutEndDay: number | null;
  horizonMonths: number;
  margin: number;
  monthlyDiscountRate: number;
  currency: string;
  customers: number;
  bgnbd: BgNbdFit;
  gammaGamma: GammaGammaFit;
  check: HoldoutCheck | null;
};

export type PredictionTotal = {
  key: string;
  customers: number;
  probabilityAlive: number;
  expected365: number;
  clvSum: number;
  clvMean: number;
};

/** The fit behind the stored predictions (the latest run), or null before any. */
export function readLatestRun(db: Db): StoredRun | null {
  const id = db.$client.prepare("SELECT max(id) FROM prediction_runs").pluck().get() as
    | number
    | null;
  return id === null ? null : readRun(db, id);
}

export function readRun(db: Db, id: number): StoredRun | null {
  const row = db.$client
    .prepare(
      `SELECT id, as_of_day, unit, from_day, to_day, holdout_end_day, horizon_months, margin,
        monthly_discount_rate, currency, customers, bgnbd, gamma_gamma, holdout_check
      FROM prediction_runs WHERE id = ?`,
    )
    .raw()
    .get(id) as
    | [
        number,
        number,
        TimeUnit,
        number,
        number,
        number | null,
        number,
        number,
        number,
        string,
        number,
        string,
        string,
        string | null,
      ]
    | undefined;
  if (!row) return null;
  return {
    id: row[0],
    asOfDay: row[1],
    unit: row[2],
    fromDay: row[3],
    toDay: row[4],
    holdoutEndDay: row[5],
    horizonMonths: row[6],
    margin: row[7],
    monthlyDiscountRate: row[8],
    currency: row[9],
    customers: row[10],
    bgnbd: JSON.parse(row[11]) as BgNbdFit,
    gammaGamma: JSON.parse(row[12]) as GammaGammaFit,
    check: row[13] ? (JSON.parse(row[13]) as HoldoutCheck) : null,
  };
}

export function readCustomerPrediction(db: Db, profileId: number): CustomerPrediction | null {
  const row = db.$client
    .prepare(
      `SELECT profile_id AS profileId, run_id AS runId, p_alive AS probabilityAlive,
        expected_purchases_30d AS expected30, expected_purchases_90d AS expected90,
        expected_purchases_365d AS expected365, order_value_minor AS orderValueMinor, clv_minor AS clvMinor
      FROM customer_predictions WHERE profile_id = ?`,
    )
    .get(profileId) as CustomerPrediction | undefined;
  return row ?? null;
}

/**
 * Sums and means of the predictions per tier or RFM segment (money in major
 * units). Customers without a prediction (prospects) are not counted.
 */
export function readPredictionTotals(db: Db, by: "tier" | "segment"): PredictionTotal[] {
  const column = by === "tier" ? "m.tier" : "m.segment";
  return (
    db.$client
      .prepare(
        `SELECT ${column} AS key, count(*) AS customers, avg(p.p_alive) AS alive,
        avg(p.expected_purchases_365d) AS expected, sum(p.clv_minor) AS clv, avg(p.clv_minor) AS clvMean
      FROM customer_predictions p JOIN customer_metrics m ON m.profile_id = p.profile_id
      WHERE ${column} IS NOT NULL GROUP BY ${column}`,
      )
      .all() as {
      key: string;
      customers: number;
      alive: number;
      expected: number;
      clv: number | null;
      clvMean: number | null;
    }[]
  ).map((row) => ({
    key: row.key,
    customers: row.customers,
    probabilityAlive: row.alive,
    expected365: row.expected,
    clvSum: (row.clv ?? 0) / 100,
    clvMean: (row.clvMean ?? 0) / 100,
  }));
}
