import type { Db } from "@/db/client";

export type LatestRun = { asOfDay: number; currency: string };

/** The as-of day and base currency of the last recompute, or null before the first. */
export function latestRun(db: Db): LatestRun | null {
  const run = db.$client
    .prepare("SELECT as_of_day AS asOfDay, currency FROM metric_runs ORDER BY id DESC LIMIT 1")
    .get() as LatestRun | undefined;
  return run ?? null;
}

/**
 * The currency of amounts in a file that names none (no currency column,
 * none set on its preset or mapping): the one reports are in, set or else
 * inferred by the last recompute, else USD on an empty database. The
 * mapping screen shows it, so the admin can say otherwise before importing.
 */
export function unstatedCurrency(baseCurrency: string | null, latest: LatestRun | null): string {
  return baseCurrency ?? latest?.currency ?? "USD";
}
