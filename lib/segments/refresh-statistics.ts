import type { Db } from "@/db/client";

/**
 * Refreshes SQLite's planner statistics for the tables segments filter on.
 * With them (this build keeps value histograms, STAT4) a rule such as
 * "VIP in Shanghai" starts from the 1 % of VIPs instead of the quarter of
 * customers in Shanghai. About half a second at 1.1 M customers.
 */
export function refreshStatistics(db: Db) {
  db.$client.exec("ANALYZE customer_metrics; ANALYZE profiles;");
}
