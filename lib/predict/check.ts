import {
  expectedPurchasesIfAlive,
  expectedRepeatPurchases,
  probabilityAlive,
} from "./bgnbd-predict";
import { pairCache } from "./pair-cache";
import type { CustomerOrders, Summary, SummaryWindow } from "./summarise";
import { DAYS_PER_UNIT, type BgNbdParams, type TimeUnit } from "./types";

/**
 * How well a fitted BG/NBD tracks the data it was fitted on and, when the
 * calibration window ends before the data do, the holdout after it: the
 * classic check charts of Fader, Hardie & Lee (2005).
 */

export interface TrackingPoint {
  /** Time since the window start, in the fit's unit. */
  t: number;
  /** Cumulative repeat purchases of the cohort by then. */
  actual: number;
  predicted: number;
}

export interface FrequencyCheck {
  /** Repeat purchases in calibration; the last group holds this many or more. */
  x: number;
  customers: number;
  /** Mean holdout purchases per customer. */
  actual: number;
  predicted: number;
}

export interface HoldoutCheck {
  unit: TimeUnit;
  /** Where calibration ends on the tracking curve's t axis. */
  calibrationEnd: number;
  tracking: TrackingPoint[];
  /** Holdout purchases by calibration frequency; null without a holdout. */
  byFrequency: FrequencyCheck[] | null;
}

const MAX_POINTS = 120;
const FREQUENCY_GROUPS = 8;

/**
 * `cohort` holds the orders of the customers the summary kept (first order
 * inside the window), as given to summarise(); it is read once.
 */
export function holdoutCheck(
  params: BgNbdParams,
  cohort: Iterable<CustomerOrders>,
  summary: Summary,
  window: SummaryWindow,
): HoldoutCheck {
  const perUnit = DAYS_PER_UNIT[summary.unit];
  const endDay = window.holdoutEndDay ?? window.toDay;
  return {
    unit: summary.unit,
    calibrationEnd: (window.toDay - window.fromDay) / perUnit,
    tracking: trackingCurve(params, cohort, window.fromDay, endDay, perUnit),
    byFrequency: summary.holdoutDuration === null ? null : byFrequency(params, summary),
  };
}

function trackingCurve(
  params: BgNbdParams,
  cohort: Iterable<CustomerOrders>,
  fromDay: number,
  endDay: number,
  perUnit: number,
): TrackingPoint[] {
  // Whole units per step, so weekly fits plot weekly points and long windows stay readable.
  const step = perUnit * Math.max(1, Math.ceil((endDay - fromDay) / perUnit / MAX_POINTS));
  const firstDays = new Map<number, number>();
  const days: number[] = [];
  for (const { orders } of cohort) {
    firstDays.set(orders[0].day, (firstDays.get(orders[0].day) ?? 0) + 1);
    for (let i = 1; i < orders.length && orders[i].day <= endDay; i++) days.push(orders[i].day);
  }
  // Typed, so the sort of millions of days is native and numeric.
  const repeatDays = Int32Array.from(days).sort();

  const points: TrackingPoint[] = [];
  let seen = 0;
  for (let day = fromDay; ; day = Math.min(day + step, endDay)) {
    while (seen < repeatDays.length && repeatDays[seen] <= day) seen++;
    let predicted = 0;
    for (const [firstDay, customers] of firstDays) {
      if (firstDay < day)
        predicted += customers * expectedRepeatPurchases(params, (day - firstDay) / perUnit);
    }
    points.push({ t: (day - fromDay) / perUnit, actual: seen, predicted });
    if (day === endDay) return points;
  }
}

function byFrequency(params: BgNbdParams, summary: Summary): FrequencyCheck[] {
  const duration = summary.holdoutDuration ?? 0;
  const groups = Array.from({ length: FREQUENCY_GROUPS }, (_, x) => ({
    x,
    customers: 0,
    actual: 0,
    predicted: 0,
  }));
  // The costly part depends on (x, T) only: computed once per distinct pair.
  const ifAlive = pairCache((x, T) => expectedPurchasesIfAlive(params, { x, T }, duration));
  for (const customer of summary.customers) {
    const part = ifAlive(customer.x, customer.T);
    const group = groups[Math.min(customer.x, FREQUENCY_GROUPS - 1)];
    group.customers += 1;
    group.actual += customer.holdoutX ?? 0;
    group.predicted += probabilityAlive(params, customer) * part;
  }
  return groups
    .filter((g) => g.customers > 0)
    .map((g) => ({ ...g, actual: g.actual / g.customers, predicted: g.predicted / g.customers }));
}
