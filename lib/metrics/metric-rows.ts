import { stages, tiers } from "@/db/schema/metrics";
import type { LifecycleSettings } from "@/lib/settings/schema";

import type { BuyerFacts } from "./buyer-facts";
import { prospectStage } from "./lifecycle";
import type { Structure } from "./structure";

/**
 * customer_metrics as columns, one index per profile, ids ascending. NULL is
 * a sentinel per column: −1 for days and recency, 0 for R/F/M scores,
 * NO_SEGMENT for the segment (profiles without orders).
 */
export type MetricRows = Structure & {
  ids: Float64Array;
  orders: Int32Array;
  revenue: Float64Array;
  firstDay: Int32Array;
  lastDay: Int32Array;
  recency: Int32Array;
};

export const NO_SEGMENT = 255;
export const NULL_DAY = -1;
const PROSPECT_TIER = tiers.indexOf("prospect");
const PROSPECT_STAGE = stages.indexOf("prospect");

export const metricRowShape = {
  ids: Float64Array,
  orders: Int32Array,
  revenue: Float64Array,
  value: Float64Array,
  firstDay: Int32Array,
  lastDay: Int32Array,
  recency: Int32Array,
  r: Uint8Array,
  f: Uint8Array,
  m: Uint8Array,
  segment: Uint8Array,
  tier: Uint8Array,
  stage: Uint8Array,
};

/** Every profile's row: buyers from the facts and structure, the rest prospects (or engaged). */
export function buildMetricRows(input: {
  profileIds: Float64Array;
  facts: BuyerFacts;
  structure: Structure;
  asOfDay: number;
  lastTouch: ReadonlyMap<number, number>;
  lifecycle: LifecycleSettings;
}): MetricRows {
  const { profileIds: ids, facts, structure, asOfDay } = input;
  const n = ids.length;
  const rows: MetricRows = {
    ids,
    orders: new Int32Array(n),
    revenue: new Float64Array(n),
    value: new Float64Array(n),
    firstDay: new Int32Array(n).fill(NULL_DAY),
    lastDay: new Int32Array(n).fill(NULL_DAY),
    recency: new Int32Array(n).fill(NULL_DAY),
    r: new Uint8Array(n),
    f: new Uint8Array(n),
    m: new Uint8Array(n),
    segment: new Uint8Array(n).fill(NO_SEGMENT),
    tier: new Uint8Array(n).fill(PROSPECT_TIER),
    stage: new Uint8Array(n).fill(PROSPECT_STAGE),
  };
  let j = 0;
  for (let i = 0; i < n; i++) {
    while (j < facts.profileIds.length && facts.profileIds[j] < ids[i]) j++;
    if (facts.profileIds[j] !== ids[i]) {
      const touch = input.lastTouch.get(ids[i]);
      if (touch === undefined) continue;
      const stage = prospectStage(touch, asOfDay, input.lifecycle);
      rows.stage[i] = stages.indexOf(stage);
      continue;
    }
    rows.orders[i] = facts.orders[j];
    rows.revenue[i] = Math.round(facts.revenue[j]);
    rows.value[i] = Math.round(structure.value[j]);
    rows.firstDay[i] = facts.firstDay[j];
    rows.lastDay[i] = facts.lastDay[j];
    rows.recency[i] = asOfDay - facts.lastDay[j];
    rows.r[i] = structure.r[j];
    rows.f[i] = structure.f[j];
    rows.m[i] = structure.m[j];
    rows.segment[i] = structure.segment[j];
    rows.tier[i] = structure.tier[j];
    rows.stage[i] = structure.stage[j];
  }
  return rows;
}

/**
 * True when row i of a and row k of b hold the same values, recency aside:
 * it follows from the last order and the as-of date, and is rewritten for
 * every row at once when the as-of date moves.
 */
export function sameRow(a: MetricRows, i: number, b: MetricRows, k: number): boolean {
  return (
    a.orders[i] === b.orders[k] &&
    a.revenue[i] === b.revenue[k] &&
    a.value[i] === b.value[k] &&
    a.firstDay[i] === b.firstDay[k] &&
    a.lastDay[i] === b.lastDay[k] &&
    a.r[i] === b.r[k] &&
    a.f[i] === b.f[k] &&
    a.m[i] === b.m[k] &&
    a.segment[i] === b.segment[k] &&
    a.tier[i] === b.tier[k] &&
    a.stage[i] === b.stage[k]
  );
}

/** Row i as the values of customer_metrics' columns, in table order. */
export function rowValues(rows: MetricRows, i: number, segments: readonly string[]) {
  return [
    rows.ids[i],
    rows.orders[i],
    rows.revenue[i],
    rows.value[i],
    day(rows.firstDay[i]),
    day(rows.lastDay[i]),
    day(rows.recency[i]),
    score(rows.r[i]),
    score(rows.f[i]),
    score(rows.m[i]),
    rows.segment[i] === NO_SEGMENT ? null : segments[rows.segment[i]],
    tiers[rows.tier[i]],
    stages[rows.stage[i]],
  ];
}

// Called per customer: module functions, not closures made on every call.
const day = (v: number) => (v === NULL_DAY ? null : v);
const score = (v: number) => (v === 0 ? null : v);
