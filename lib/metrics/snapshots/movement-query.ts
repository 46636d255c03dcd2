import { z } from "zod";

import { snapshotDimensions } from "@/db/schema";

import type { StoredPeriod } from "./read-movement";

/** The movement page's search params: a dimension and two period keys. */
export const movementQuery = z.object({
  dimension: z.enum(snapshotDimensions).default("tier").catch("tier"),
  from: z.string().max(10).optional().catch(undefined),
  to: z.string().max(10).optional().catch(undefined),
});

/**
 * Periods to compare: the asked ones when they exist, else a year (or as
 * much as there is) before the latest period, and the latest. Asked the
 * wrong way round, the earlier one is the start: movement runs forward.
 */
export function chosenPeriods(periods: StoredPeriod[], asked: z.infer<typeof movementQuery>) {
  const keys = periods.map((p) => p.key);
  const last = keys.at(-1) ?? "";
  const yearBack = keys[Math.max(0, keys.length - 1 - periodsPerYear(keys))] ?? last;
  const to = asked.to && keys.includes(asked.to) ? asked.to : last;
  const from = asked.from && keys.includes(asked.from) ? asked.from : yearBack;
  return keys.indexOf(from) <= keys.indexOf(to) ? { from, to } : { from: to, to: from };
}

function periodsPerYear(keys: string[]): number {
  const key = keys[0] ?? "";
  if (key.includes("-Q")) return 4;
  return key.length === 7 ? 12 : 52;
}
