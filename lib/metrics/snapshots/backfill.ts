import { snapshotDimensions, type SnapshotDimension } from "@/db/schema";
import type { ModelSettings } from "@/lib/settings/schema";

import { buyerFactsAt, type BuyerFacts } from "../buyer-facts";
import type { OrderHistory } from "../history/order-history";
import { computeStructure } from "../structure";

import { dimensionKeys } from "./codes";
import { NOT_YET_CELL, packCell } from "./packed-cells";
import type { Period } from "./periods";

const [TIERS, STAGES, SEGMENTS] = snapshotDimensions.map((d) => dimensionKeys[d].length);

export type PeriodTotal = {
  position: number;
  dimension: SnapshotDimension;
  key: string;
  customers: number;
  valueMinor: number;
  revenueMinor: number;
};

export type CohortCell = { cohort: number; age: number; customers: number; revenueMinor: number };

/** Per history customer and period, its tier, stage and segment packed at [customer × periods + period]. */
export type Backfill = {
  periods: number;
  cells: Uint16Array;
  totals: PeriodTotal[];
  cohorts: CohortCell[];
};

export type BackfillHooks = {
  /** The ranking value of each buyer at a period's end when it is not spend (CLV). */
  rankValuesAt?: (day: number, facts: BuyerFacts) => Float64Array | undefined;
  /** Latest interaction day per profile up to a period's end. */
  lastTouchAt?: (day: number) => ReadonlyMap<number, number> | undefined;
  /** Called after each period, whose facts and structure are garbage by then. */
  betweenPeriods?: () => void;
};

/**
 * Recomputes RFM, tiers and stages at the end of every period from the order
 * history, with today's settings, so that movement between any two periods
 * compares like with like. Each period is a full recompute as of its last
 * day; totals and cohort cells are counted on the way.
 */
export function backfill(
  history: OrderHistory,
  periods: Period[],
  models: ModelSettings,
  hooks: BackfillHooks = {},
): Backfill {
  const customers = history.profileIds.length;
  const P = periods.length;
  const cells = new Uint16Array(customers * P).fill(NOT_YET_CELL);
  const totals = snapshotDimensions.map((d) => new Float64Array(P * dimensionKeys[d].length * 3));
  const cohorts = new Float64Array(P * P * 2);
  const cohortOf = new Int32Array(customers).fill(-1);
  const previousOrders = new Int32Array(customers);
  const previousRevenue = new Float64Array(customers);

  periods.forEach((period, p) => {
    const facts = buyerFactsAt(history, period.endDay);
    const structure = computeStructure(facts, period.endDay, models, {
      rankValues: hooks.rankValuesAt?.(period.endDay, facts),
      lastTouch: hooks.lastTouchAt?.(period.endDay),
    });
    const { tier, stage, segment, value } = structure;
    const [tierTotals, stageTotals, segmentTotals] = totals;
    const [tierBase, stageBase, segmentBase] = [p * TIERS, p * STAGES, p * SEGMENTS];
    let c = 0;
    for (let j = 0; j < facts.profileIds.length; j++) {
      while (history.profileIds[c] !== facts.profileIds[j]) c++;
      const spent = facts.revenue[j] - previousRevenue[c];
      if (cohortOf[c] < 0) cohortOf[c] = p;
      const cell = (cohortOf[c] * P + (p - cohortOf[c])) * 2;
      cohorts[cell] += facts.orders[j] > previousOrders[c] ? 1 : 0;
      cohorts[cell + 1] += spent;
      cells[c * P + p] = packCell(tier[j], stage[j], segment[j]);
      count(tierTotals, (tierBase + tier[j]) * 3, value[j], spent);
      count(stageTotals, (stageBase + stage[j]) * 3, value[j], spent);
      count(segmentTotals, (segmentBase + segment[j]) * 3, value[j], spent);
      previousRevenue[c] = facts.revenue[j];
      previousOrders[c] = facts.orders[j];
    }
    hooks.betweenPeriods?.();
  });
  return { periods: P, cells, totals: totalRows(totals, P), cohorts: cohortRows(cohorts, P) };
}

function count(totals: Float64Array, slot: number, value: number, spent: number) {
  totals[slot] += 1;
  totals[slot + 1] += value;
  totals[slot + 2] += spent;
}

function totalRows(totals: Float64Array[], P: number): PeriodTotal[] {
  const rows: PeriodTotal[] = [];
  snapshotDimensions.forEach((dimension, d) => {
    const keys = dimensionKeys[dimension];
    for (let p = 0; p < P; p++) {
      keys.forEach((key, k) => {
        const at = (p * keys.length + k) * 3;
        if (totals[d][at] === 0) return;
        rows.push({
          position: p + 1,
          dimension,
          key,
          customers: totals[d][at],
          valueMinor: Math.round(totals[d][at + 1]),
          revenueMinor: Math.round(totals[d][at + 2]),
        });
      });
    }
  });
  return rows;
}

function cohortRows(cells: Float64Array, P: number): CohortCell[] {
  const rows: CohortCell[] = [];
  for (let cohort = 0; cohort < P; cohort++) {
    for (let age = 0; cohort + age < P; age++) {
      const at = (cohort * P + age) * 2;
      if (age > 0 && cells[at] === 0 && cells[at + 1] === 0) continue;
      if (age === 0 && cells[at] === 0) break;
      rows.push({
        cohort: cohort + 1,
        age,
        customers: cells[at],
        revenueMinor: Math.round(cells[at + 1]),
      });
    }
  }
  return rows;
}
