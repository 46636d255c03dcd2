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
  const row = db.$client
    .prepare("SELECT name, description, starter_key AS starterKey, rule FROM segments WHERE id = ?")
    .get(segmentId) as
    { name: string; description: string; starterKey: string | null; rule: string } | undefined;
  if (!row) return { id: segmentId, segment: null, where: fragment("0") };
  const { rule, ...segment } = row;
  try {
    return { id: segmentId, segment, where: segmentFilter(db, JSON.parse(rule)).where };
  } catch (error) {
    if (!(error instanceof InvalidRuleError || error instanceof UnavailableError)) throw error;
    log.warn("saved segment cannot run here", { segmentId, error: error.message });
    return { id: segmentId, segment, where: fragment("0") };
  }
}
