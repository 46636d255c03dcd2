import type { Db } from "@/db/client";
import { stages, tiers } from "@/db/schema/metrics";
import type { LifecycleSettings } from "@/lib/settings/schema";

import type { BuyerFacts } from "./buyer-facts";
import { loadArrays, saveArrays } from "./cache-arrays";
import { lifecycleStage } from "./lifecycle";
import { rfmSegments } from "./rfm-segments";
import type { Structure } from "./structure";

export type MetricsWrite = { customers: number; movedTier: number; movedStage: number };

type Standing = { ids: Float64Array; tier: Uint8Array; stage: Uint8Array };

const PROSPECT_TIER = tiers.indexOf("prospect");
const NAME = "standing";
const shape = { ids: Float64Array, tier: Uint8Array, stage: Uint8Array };

/**
 * Replaces customer_metrics with the new structure and counts who moved tier
 * or stage. Each profile's previous tier and stage come from a compact copy
 * kept in metric_cache, so counting costs no read of the old table; profiles
 * without orders are written by one INSERT … SELECT. Ids arrive ascending,
 * so rows go into the table in key order.
 */
export function writeCustomerMetrics(
  db: Db,
  input: {
    facts: BuyerFacts;
    structure: Structure;
    asOfDay: number;
    profileIds: Float64Array;
    lastTouch: ReadonlyMap<number, number>;
    lifecycle: LifecycleSettings;
  },
): MetricsWrite {
  const { facts, structure, asOfDay, profileIds } = input;
  const sqlite = db.$client;
  const previous = loadArrays(db, NAME, shape) ?? readStanding(db);
  const now: Standing = { ids: profileIds, tier: new Uint8Array(profileIds.length), stage: new Uint8Array(profileIds.length) };

  sqlite.prepare("DELETE FROM customer_metrics").run();
  const insert = sqlite.prepare(`INSERT INTO customer_metrics (profile_id, orders, revenue_minor,
    value_minor, first_day, last_day, recency_days, r, f, m, segment, tier, stage)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  let j = 0;
  profileIds.forEach((id, i) => {
    while (j < facts.profileIds.length && facts.profileIds[j] < id) j++;
    if (facts.profileIds[j] === id) {
      now.tier[i] = structure.tier[j];
      now.stage[i] = structure.stage[j];
      insert.run(id, facts.orders[j], Math.round(facts.revenue[j]), Math.round(structure.value[j]),
        facts.firstDay[j], facts.lastDay[j], asOfDay - facts.lastDay[j], structure.r[j], structure.f[j],
        structure.m[j], rfmSegments[structure.segment[j]], tiers[structure.tier[j]], stages[structure.stage[j]]);
      return;
    }
    const touch = input.lastTouch.get(id) ?? null;
    const stage = touch === null ? "prospect" : lifecycleStage(
      { orders: 0, firstDay: null, lastDay: null, previousDay: null, lastInteractionDay: touch, rScore: null },
      asOfDay,
      input.lifecycle,
    );
    now.tier[i] = PROSPECT_TIER;
    now.stage[i] = stages.indexOf(stage);
    if (stage !== "prospect") insert.run(id, 0, 0, 0, null, null, null, null, null, null, null, "prospect", stage);
  });
  sqlite.exec(`INSERT INTO customer_metrics (profile_id, orders, revenue_minor, value_minor, tier, stage)
    SELECT id, 0, 0, 0, 'prospect', 'prospect' FROM profiles
    WHERE id NOT IN (SELECT profile_id FROM customer_metrics)`);

  saveArrays(db, NAME, now);
  return { customers: profileIds.length, ...countMoves(previous, now) };
}

/** Profiles present before and now whose tier or stage differ. */
function countMoves(before: Standing, now: Standing) {
  let [movedTier, movedStage, k] = [0, 0, 0];
  now.ids.forEach((id, i) => {
    while (k < before.ids.length && before.ids[k] < id) k++;
    if (before.ids[k] !== id) return;
    if (before.tier[k] !== now.tier[i]) movedTier++;
    if (before.stage[k] !== now.stage[i]) movedStage++;
  });
  return { movedTier, movedStage };
}

/** The standing as the table holds it, for a database written before the cache existed. */
function readStanding(db: Db): Standing {
  const rows = db.$client
    .prepare("SELECT profile_id, tier, stage FROM customer_metrics ORDER BY profile_id")
    .raw()
    .all() as [number, string, string][];
  return {
    ids: Float64Array.from(rows, (row) => row[0]),
    tier: Uint8Array.from(rows, (row) => tiers.indexOf(row[1] as (typeof tiers)[number])),
    stage: Uint8Array.from(rows, (row) => stages.indexOf(row[2] as (typeof stages)[number])),
  };
}
