import { sql } from "drizzle-orm";
import { integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * One BG/NBD + Gamma-Gamma fit: the calibration window and unit it used, the
 * fitted parameters with log-likelihood, warnings and status (as lib/predict
 * returns them), and the holdout check when the window ended before the
 * as-of date. Days are store-local day numbers.
 */
export const predictionRuns = sqliteTable("prediction_runs", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  asOfDay: integer("as_of_day").notNull(),
  unit: text("unit", { enum: ["day", "week"] }).notNull(),
  fromDay: integer("from_day").notNull(),
  toDay: integer("to_day").notNull(),
  holdoutEndDay: integer("holdout_end_day"),
  horizonMonths: integer("horizon_months").notNull(),
  margin: real("margin").notNull(),
  monthlyDiscountRate: real("monthly_discount_rate").notNull(),
  currency: text("currency").notNull(),
  customers: integer("customers").notNull(),
  bgnbd: text("bgnbd", { mode: "json" }).notNull(),
  gammaGamma: text("gamma_gamma", { mode: "json" }).notNull(),
  holdoutCheck: text("holdout_check", { mode: "json" }),
  durationMs: real("duration_ms").notNull(),
  computedAt: text("computed_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/**
 * The latest fit's outlook for every buyer, for pages and segment rules:
 * P(alive), expected purchases in the next 30/90/365 days, expected spend
 * per order and CLV over the run's horizon (in margin, discounted), money in
 * base-currency minor units. Null money means no spend model could be fitted.
 */
export const customerPredictions = sqliteTable("customer_predictions", {
  profileId: integer("profile_id").primaryKey(),
  runId: integer("run_id").notNull(),
  probabilityAlive: real("p_alive").notNull(),
  expected30: real("expected_purchases_30d").notNull(),
  expected90: real("expected_purchases_90d").notNull(),
  expected365: real("expected_purchases_365d").notNull(),
  orderValueMinor: integer("order_value_minor"),
  clvMinor: integer("clv_minor"),
});

export type CustomerPrediction = typeof customerPredictions.$inferSelect;
export type PredictionRun = typeof predictionRuns.$inferSelect;
