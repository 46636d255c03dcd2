import type { Db } from "@/db/client";

import { log } from "@/lib/log";

import { fragment } from "../compile/fragment";
import { InvalidRuleError, UnavailableError } from "../errors";
import { segmentFilter } from "./segment-filter";

/**
 * A saved segment's rule as a filter for other lists (the customer list).
 * A segment that is gone, or whose rule this database cannot run, matches
 * no one rather than everyone.
 */
export function savedSegmentFilter(db: Db, segmentId: number) {
  const row = db.$client.prepare("SELECT name, rule FROM segments WHERE id = ?").get(segmentId) as
    | { name: string; rule: string }
    | undefined;
  if (!row) return { id: segmentId, name: null, where: fragment("0") };
  try {
    return { id: segmentId, name: row.name, where: segmentFilter(db, JSON.parse(row.rule)).where };
  } catch (error) {
    if (!(error instanceof InvalidRuleError || error instanceof UnavailableError)) throw error;
    log.warn("saved segment cannot run here", { segmentId, error: error.message });
    return { id: segmentId, name: row.name, where: fragment("0") };
  }
}
