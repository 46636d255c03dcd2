import { DAYS_PER_UNIT, type CustomerInputs, type TimeUnit, type WarningCode } from "./types";

/**
 * Builds the models' (x, t_x, T, z̄) inputs from order histories.
 *
 * Cohort rule: a customer belongs to the cohort when their first-ever order falls inside
 * [fromDay, toDay]. Customers first seen before fromDay are left out (their purchase clock
 * started before the window, so x and T would be truncated and biased); customers first
 * seen after toDay had not yet been acquired at calibration time. Both are only counted.
 *
 * Times: T = (toDay − first order day), t_x = (last order day ≤ toDay − first order day),
 * divided by 7 for weeks. An order on toDay is in the calibration period.
 */

export interface DayOrder {
  /** Whole days since 1970-01-01; one entry per day (same-day orders already merged). */
  day: number;
  amount: number;
}

export interface CustomerOrders {
  id: string;
  /** Ascending, distinct days. */
  orders: readonly DayOrder[];
}

export interface SummaryWindow {
  fromDay: number;
  toDay: number;
  /** When given, purchases in (toDay, holdoutEndDay] are counted as holdoutX. */
  holdoutEndDay?: number;
}

export interface CustomerSummary extends CustomerInputs {
  id: string;
  firstDay: number;
  holdoutX?: number;
}

export interface Summary {
  unit: TimeUnit;
  customers: CustomerSummary[];
  /** Holdout length in `unit`, or null without a holdout. */
  holdoutDuration: number | null;
  excluded: { beforeWindow: number; afterWindow: number; noOrders: number; invalidOrders: number };
  warnings: WarningCode[];
}

export function summarise(
  input: Iterable<CustomerOrders>,
  window: SummaryWindow,
  unit: TimeUnit,
): Summary {
  const { fromDay, toDay, holdoutEndDay } = window;
  if (!Number.isInteger(fromDay) || !Number.isInteger(toDay) || fromDay > toDay) {
    throw new RangeError("summarise: window needs whole days with fromDay ≤ toDay");
  }
  if (holdoutEndDay !== undefined && !(Number.isInteger(holdoutEndDay) && holdoutEndDay > toDay)) {
    throw new RangeError("summarise: holdoutEndDay must be a whole day after toDay");
  }
  const perUnit = DAYS_PER_UNIT[unit];
  const excluded = { beforeWindow: 0, afterWindow: 0, noOrders: 0, invalidOrders: 0 };
  let zeroedAmounts = 0;
  const customers: CustomerSummary[] = [];
  for (const { id, orders } of input) {
    if (orders.length === 0) excluded.noOrders += 1;
    else if (!hasAscendingWholeDays(orders)) excluded.invalidOrders += 1;
    else if (orders[0].day < fromDay) excluded.beforeWindow += 1;
    else if (orders[0].day > toDay) excluded.afterWindow += 1;
    else {
      const firstDay = orders[0].day;
      let x = 0;
      let lastDay = firstDay;
      let meanRepeatValue = 0;
      let holdoutX = 0;
      for (let i = 1; i < orders.length; i += 1) {
        const { day, amount } = orders[i];
        if (day <= toDay) {
          const valid = Number.isFinite(amount) && amount >= 0;
          if (!valid) zeroedAmounts += 1;
          x += 1;
          lastDay = day;
          // Running mean: a plain sum of huge amounts could overflow before dividing.
          meanRepeatValue += ((valid ? amount : 0) - meanRepeatValue) / x;
        } else if (holdoutEndDay !== undefined && day <= holdoutEndDay) holdoutX += 1;
      }
      customers.push({
        id,
        firstDay,
        x,
        tx: (lastDay - firstDay) / perUnit,
        T: (toDay - firstDay) / perUnit,
        zbar: meanRepeatValue,
        ...(holdoutEndDay === undefined ? {} : { holdoutX }),
      });
    }
  }
  return {
    unit,
    customers,
    holdoutDuration: holdoutEndDay === undefined ? null : (holdoutEndDay - toDay) / perUnit,
    excluded,
    warnings: zeroedAmounts > 0 ? ["invalid_amounts_zeroed"] : [],
  };
}

function hasAscendingWholeDays(orders: readonly DayOrder[]): boolean {
  return orders.every((o, i) => Number.isInteger(o.day) && (i === 0 || o.day > orders[i - 1].day));
}
