import type { Db } from "@/db/client";
import { stages, tiers } from "@/db/schema/metrics";
import { dayToIso } from "@/lib/ingest/normalise/dates";

import { rfmSegments } from "./rfm-segments";

export type StructureSummary = {
  customers: number;
  buyers: number;
  orders: number;
  revenue: number;
  currency: string;
  asOf: string | null;
  averageOrderValue: number;
  repeatRate: number;
  tiers: Record<string, { customers: number; revenue: number; value: number }>;
  lifecycle: Record<string, number>;
  rfmSegments: Record<string, number>;
  /** What the last recompute warned about (see RecomputeWarning). */
  warnings: string[];
  /** Counted orders left out of every figure for want of a rate to the base currency. */
  unconverted: { orders: number; currencies: string[] } | null;
};

/**
 * The value structure as the last recompute left it. `revenue` is lifetime
 * net spend up to the as-of date in the base currency; a tier's `value` is
 * the spend it was ranked by (trailing 12 months unless set otherwise).
 */
/** The orders the last recompute could not convert to the reporting currency (its note alone). */
export function readUnconverted(db: Db): StructureSummary["unconverted"] {
  const details = db.$client
    .prepare("SELECT details FROM metric_runs ORDER BY id DESC LIMIT 1")
    .pluck()
    .get() as string | null | undefined;
  if (!details) return null;
  return (JSON.parse(details) as Pick<StructureSummary, "unconverted">).unconverted ?? null;
}

export function readSummary(db: Db): StructureSummary {
  const sqlite = db.$client;
  const run = sqlite
    .prepare("SELECT as_of_day, currency, details FROM metric_runs ORDER BY id DESC LIMIT 1")
    .get() as { as_of_day: number; currency: string; details: string | null } | undefined;
  const totals = sqlite
    .prepare(`SELECT count(*) AS customers, sum(orders > 0) AS buyers, sum(orders) AS orders,
      sum(revenue_minor) AS revenue, sum(orders > 1) AS repeaters FROM customer_metrics`)
    .get() as { customers: number; buyers: number | null; orders: number | null; revenue: number | null; repeaters: number | null };

  const byTier = Object.fromEntries(tiers.map((t) => [t, { customers: 0, revenue: 0, value: 0 }]));
  for (const row of sqlite
    .prepare(`SELECT tier, count(*) AS n, sum(revenue_minor) AS revenue, sum(value_minor) AS value
      FROM customer_metrics GROUP BY tier`)
    .all() as { tier: string; n: number; revenue: number; value: number }[]) {
    byTier[row.tier] = { customers: row.n, revenue: row.revenue / 100, value: row.value / 100 };
  }
  const count = (column: "stage" | "segment", keys: readonly string[]) => {
    const counted = Object.fromEntries(keys.map((k) => [k, 0]));
    const rows = sqlite
      .prepare(`SELECT ${column} AS key, count(*) AS n FROM customer_metrics WHERE ${column} IS NOT NULL GROUP BY ${column}`)
      .all() as { key: string; n: number }[];
    for (const row of rows) counted[row.key] = row.n;
    return counted;
  };

  const details = (run?.details ? JSON.parse(run.details) : {}) as Pick<Partial<StructureSummary>, "warnings" | "unconverted">;
  const buyers = totals.buyers ?? 0;
  const orders = totals.orders ?? 0;
  const revenue = (totals.revenue ?? 0) / 100;
  // Revenue holds only orders with a rate to the base currency; so must what it is averaged over.
  const priced = orders - (details.unconverted?.orders ?? 0);
  return {
    customers: totals.customers,
    buyers,
    orders,
    revenue,
    currency: run?.currency ?? "USD",
    asOf: run ? dayToIso(run.as_of_day) : null,
    averageOrderValue: priced > 0 ? revenue / priced : 0,
    repeatRate: buyers ? (totals.repeaters ?? 0) / buyers : 0,
    tiers: byTier,
    lifecycle: count("stage", stages),
    rfmSegments: count("segment", rfmSegments),
    warnings: details.warnings ?? [],
    unconverted: details.unconverted ?? null,
  };
}
