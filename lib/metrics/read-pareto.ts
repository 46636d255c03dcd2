import type { Db } from "@/db/client";

import type { ParetoPoint } from "./pareto";

/** The Pareto curve the last recompute stored, or an empty one. */
export function readPareto(db: Db): ParetoPoint[] {
  const details = db.$client
    .prepare("SELECT details FROM metric_runs ORDER BY id DESC LIMIT 1")
    .pluck()
    .get() as string | null | undefined;
  const parsed = details ? (JSON.parse(details) as { pareto?: ParetoPoint[] }) : null;
  return parsed?.pareto ?? [];
}

/** The share of spend held by the top `customerShare` of buyers, read off the curve. */
export function topShare(curve: ParetoPoint[], customerShare: number): number {
  return curve.find((p) => p.customerShare >= customerShare - 1e-9)?.revenueShare ?? 0;
}
