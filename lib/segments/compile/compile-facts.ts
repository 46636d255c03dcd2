import { sourceKey } from "@/lib/ingest/find-source";

import type { ConditionOf } from "../rule/conditions";
import { windowDays, type Window } from "../rule/window";
import type { CompileContext } from "./context";
import {
  comparison,
  fragment,
  join,
  marks,
  oneOf,
  toMinor,
  type CompareOp,
  type Fragment,
} from "./fragment";

/**
 * Conditions over facts inside a time window ("at least 2 orders in the last
 * 90 days"), each one correlated subquery on the fact table's
 * (profile_id, day) index. Orders count when `counts` = 1; a negative row is
 * a refund: it lowers spend but is not an order, as in the metrics.
 */
export function compileOrders(c: ConditionOf<"orders">, ctx: CompileContext): Fragment {
  const filters = [
    fragment("o.profile_id = m.profile_id AND o.counts = 1"),
    dayRange("o.day", c.window, ctx),
  ];
  if (c.measure === "count") filters.push(fragment("o.amount_minor >= 0"));
  if (c.channels.length) filters.push(oneOf("o.channel", c.channels));
  if (c.sources.length) {
    const keys = c.sources.map(sourceKey);
    filters.push(
      fragment(`o.source_id IN (SELECT id FROM sources WHERE key IN (${marks(keys)}))`, ...keys),
    );
  }
  const where = join(filters, "AND");

  if (c.measure === "count") {
    const test = countTest("orders o", where, c.op, c.value);
    return holds(c.op, 0, c.value) ? test : join([recentBuyer(c.window, ctx), test], "AND");
  }
  const amount = inBaseCurrency(ctx);
  const spend = fragment(
    `(SELECT coalesce(sum(${amount.sql}), 0) FROM orders o WHERE ${where.sql}) ${comparison[c.op]} ?`,
    ...amount.params,
    ...where.params,
    toMinor(c.value),
  );
  // Spending more than a positive amount needs a purchase in the window.
  const needsPurchase = (c.op === "gt" && c.value >= 0) || (c.op === "gte" && c.value > 0);
  return needsPurchase ? join([recentBuyer(c.window, ctx), spend], "AND") : spend;
}

export function compileInteractions(c: ConditionOf<"interactions">, ctx: CompileContext): Fragment {
  const filters = [
    fragment(`i.profile_id = m.profile_id AND i.kind IN (${marks(c.kinds)})`, ...c.kinds),
    dayRange("i.day", c.window, ctx),
  ];
  if (c.channels.length) filters.push(oneOf("i.channel", c.channels));
  return countTest("interactions i", join(filters, "AND"), c.op, c.value);
}

export function compileTickets(c: ConditionOf<"tickets">, ctx: CompileContext): Fragment {
  const where = join(
    [fragment("t.profile_id = m.profile_id"), dayRange("t.day", c.window, ctx)],
    "AND",
  );
  return countTest("tickets t", where, c.op, c.value);
}

function dayRange(column: string, w: Window, ctx: CompileContext): Fragment {
  const { from, to } = windowDays(w, ctx.asOfDay);
  return from === null
    ? fragment(`${column} <= ?`, to)
    : fragment(`${column} BETWEEN ? AND ?`, from, to);
}

/** Whether "count op value" holds for a given count. */
function holds(op: CompareOp, count: number, value: number): boolean {
  return {
    gte: count >= value,
    gt: count > value,
    lte: count <= value,
    lt: count < value,
    eq: count === value,
  }[op];
}

/** "count op value" as EXISTS when it means "at least one", NOT EXISTS when "none", else a count. */
function countTest(from: string, where: Fragment, op: CompareOp, value: number): Fragment {
  const exists = `EXISTS (SELECT 1 FROM ${from} WHERE ${where.sql})`;
  const meansAny = !holds(op, 0, value) && holds(op, 1, value) && (op === "gte" || op === "gt");
  const meansNone = holds(op, 0, value) && !holds(op, 1, value) && op !== "gte" && op !== "gt";
  if (meansAny) return { sql: exists, params: where.params };
  if (meansNone) return { sql: `NOT ${exists}`, params: where.params };
  return {
    sql: `(SELECT count(*) FROM ${from} WHERE ${where.sql}) ${comparison[op]} ?`,
    params: [...where.params, value],
  };
}

/**
 * A necessary condition that lets SQLite skip most customers before running
 * the subquery: anyone with an order in the window has their last order
 * (from the metrics, which cover the same counted orders up to the as-of
 * day) on or after the window's first day.
 */
function recentBuyer(w: Window, ctx: CompileContext): Fragment {
  const { from } = windowDays(w, ctx.asOfDay);
  return from === null ? fragment("m.orders > 0") : fragment("m.last_day >= ?", from);
}

/** An order's amount in base-currency minor units; currencies without a rate count as 0, as in the metrics. */
function inBaseCurrency(ctx: CompileContext): Fragment {
  const rates = Object.entries(ctx.rates).filter(([currency]) => currency !== ctx.baseCurrency);
  const whens = rates.map(() => "WHEN ? THEN round(o.amount_minor * ?)").join(" ");
  return fragment(
    `CASE o.currency WHEN ? THEN o.amount_minor ${whens} ELSE 0 END`,
    ctx.baseCurrency,
    ...rates.flat(),
  );
}
