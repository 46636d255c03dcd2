import { stages, tiers } from "@/db/schema/metrics";

import type { StructureSummary } from "./summary";

/**
 * Rows for the pyramid: each tier's share of all customers and its share of
 * the value the tiers were ranked by (so the shares on the right add to 100 %).
 */
export function pyramidRows(summary: StructureSummary, label: (tier: string) => string) {
  const totalValue = tiers.reduce((sum, t) => sum + summary.tiers[t].value, 0);
  return tiers.map((tier) => {
    const row = summary.tiers[tier];
    return {
      tier,
      label: label(tier),
      customers: row.customers,
      customerShare: summary.customers ? row.customers / summary.customers : 0,
      revenue: row.value,
      revenueShare: totalValue ? row.value / totalValue : 0,
      lifetimeRevenue: row.revenue,
    };
  });
}

export function stageRows(summary: StructureSummary, label: (stage: string) => string) {
  return stages.map((stage) => ({ stage, label: label(stage), customers: summary.lifecycle[stage] ?? 0 }));
}
