import { batchedInsert } from "@/db/batched-insert";
import type { Db } from "@/db/client";
import type { PredictionSettings } from "@/lib/settings/schema";

import type { HistoryFit } from "./fit-history";
import type { BuyerPredictions } from "./score-history";

export type PredictionRunRecord = {
  asOfDay: number;
  currency: string;
  settings: PredictionSettings;
  margin: number;
  fit: HistoryFit | null;
  durationMs: number;
};

const nothingFitted = { status: "not_enough_data", warnings: ["not_enough_data"] };

/** Records the fit and replaces every buyer's stored prediction with the new ones. */
export function savePredictions(
  db: Db,
  run: PredictionRunRecord,
  predictions: BuyerPredictions | null,
): number {
  const sqlite = db.$client;
  const { fit, settings } = run;
  const runId = Number(
    sqlite
      .prepare(
        `INSERT INTO prediction_runs (as_of_day, unit, from_day, to_day, holdout_end_day,
        horizon_months, margin, monthly_discount_rate, currency, customers, bgnbd, gamma_gamma,
        holdout_check, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        run.asOfDay,
        settings.unit,
        fit?.window.fromDay ?? run.asOfDay,
        fit?.window.toDay ?? run.asOfDay,
        fit?.window.holdoutEndDay ?? null,
        settings.horizonMonths,
        run.margin,
        settings.monthlyDiscountRate,
        run.currency,
        fit?.models.customers ?? 0,
        JSON.stringify(fit?.models.bgnbd ?? nothingFitted),
        JSON.stringify(fit?.models.gammaGamma ?? nothingFitted),
        fit?.check ? JSON.stringify(fit.check) : null,
        run.durationMs,
      ).lastInsertRowid,
  );

  sqlite.prepare("DELETE FROM customer_predictions").run();
  const insert = batchedInsert(sqlite, `INSERT INTO customer_predictions (profile_id, run_id, p_alive,
    expected_purchases_30d, expected_purchases_90d, expected_purchases_365d, order_value_minor,
    clv_minor)`, 8);
  const money = (value: number) => (Number.isNaN(value) ? null : value);
  const p = predictions;
  for (let i = 0; p && i < p.profileIds.length; i++) {
    insert.add(p.profileIds[i], runId, p.probabilityAlive[i], p.expected30[i], p.expected90[i],
      p.expected365[i], money(p.orderValueMinor[i]), money(p.clvMinor[i]));
  }
  insert.flush();
  return runId;
}
