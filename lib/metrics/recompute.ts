import type { Db } from "@/db/client";
import type { Stage, Tier } from "@/db/schema/metrics";
import { onMetricsRecomputed } from "@/lib/segments/on-metrics-recomputed";
import { readSettings } from "@/lib/settings/read-settings";

import { resolveAsOfDay, resolveBaseCurrency } from "./as-of";
import { loadBuyerFacts, type BuyerFacts } from "./buyer-facts";
import { lifecycleStage } from "./lifecycle";
import { scoreRfm } from "./rfm";
import { rfmSegment } from "./rfm-segments";
import { assignTiers } from "./tiers";

export type RecomputeResult = {
  asOfDay: number;
  currency: string;
  customers: number;
  buyers: number;
  unconvertedOrders: number;
  movedTier: number;
  movedStage: number;
  durationMs: number;
};

/**
 * Recomputes RFM, tiers and lifecycle stages for every profile and replaces
 * customer_metrics in one transaction, so readers see the old or the new
 * structure, never half of each.
 */
export function recomputeMetrics(db: Db, options: { asOf?: string | null } = {}): RecomputeResult {
  const started = performance.now();
  const general = readSettings(db, "general");
  const models = readSettings(db, "models");
  const asOfDay = resolveAsOfDay(db, options.asOf, models.asOf);
  const currency = resolveBaseCurrency(db, general.baseCurrency);
  const { facts, unconverted } = loadBuyerFacts(db, asOfDay, { base: currency, rates: general.rates });

  const scores = scoreRfm(
    facts.map((f) => asOfDay - f.lastDay),
    facts.map((f) => f.orders),
    facts.map((f) => f.revenue),
  );
  const value = (f: BuyerFacts) => (models.tierValue === "allTime" ? f.revenue : f.trailingYear);
  const tiers = assignTiers(facts.map(value), models.tierShares);

  const sqlite = db.$client;
  const previous = new Map(
    (sqlite.prepare("SELECT profile_id, tier, stage FROM customer_metrics").raw().all() as [number, Tier, Stage][])
      .map(([id, tier, stage]) => [id, { tier, stage }]),
  );
  const insert = sqlite.prepare(`INSERT INTO customer_metrics (profile_id, orders, revenue_minor,
    value_minor, first_day, last_day, recency_days, r, f, m, segment, tier, stage)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let movedTier = 0;
  let movedStage = 0;
  const record = (id: number, tier: Tier, stage: Stage) => {
    const before = previous.get(id);
    if (before && before.tier !== tier) movedTier++;
    if (before && before.stage !== stage) movedStage++;
  };

  const write = sqlite.transaction(() => {
    sqlite.exec("DELETE FROM customer_metrics");
    const buyers = new Set<number>();
    facts.forEach((f, i) => {
      const [r, fScore, m] = [scores.r[i], scores.f[i], scores.m[i]];
      const stage = lifecycleStage(
        { ...f, lastInteractionDay: null, rScore: r },
        asOfDay,
        models.lifecycle,
      );
      insert.run(f.profileId, f.orders, f.revenue, value(f), f.firstDay, f.lastDay,
        asOfDay - f.lastDay, r, fScore, m, rfmSegment(r, fScore, m), tiers[i], stage);
      record(f.profileId, tiers[i], stage);
      buyers.add(f.profileId);
    });
    const everyone = sqlite.prepare("SELECT id FROM profiles").raw().all() as [number][];
    let customers = 0;
    for (const [id] of everyone) {
      customers++;
      if (buyers.has(id)) continue;
      const stage = lifecycleStage(
        { orders: 0, firstDay: null, lastDay: null, previousDay: null,
          lastInteractionDay: null, rScore: null },
        asOfDay,
        models.lifecycle,
      );
      insert.run(id, 0, 0, 0, null, null, null, null, null, null, null, "prospect", stage);
      record(id, "prospect", stage);
    }
    return customers;
  });
  const customers = write();

  const durationMs = performance.now() - started;
  sqlite
    .prepare("INSERT INTO metric_runs (as_of_day, currency, settings, duration_ms) VALUES (?, ?, ?, ?)")
    .run(asOfDay, currency, JSON.stringify({ general, models }), durationMs);
  onMetricsRecomputed(db);
  return { asOfDay, currency, customers, buyers: facts.length, unconvertedOrders: unconverted,
    movedTier, movedStage, durationMs };
}
