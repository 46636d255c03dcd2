import type { Db } from "@/db/client";

/**
 * The currency of amounts in a file that names none (no currency column,
 * none set on its preset or mapping): the one reports are in, set or else
 * inferred by the last recompute, else USD on an empty database. The
 * mapping screen shows it, so the admin can say otherwise before importing.
 */
export function unstatedCurrency(db: Db, baseCurrency: string | null): string {
  if (baseCurrency) return baseCurrency;
  const last = db.$client.prepare("SELECT currency FROM metric_runs ORDER BY id DESC LIMIT 1").pluck().get();
  return (last as string | undefined) ?? "USD";
}
