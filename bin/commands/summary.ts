import { readSummary } from "@/lib/metrics/summary";

import { printJson, type Command } from "./cli";

export const summaryCommand: Command = {
  summary: "the value structure: summary --json",
  usage: "npm run strata -- summary [--json]",
  options: { json: { type: "boolean" } },
  run({ values, db }) {
    const summary = readSummary(db());
    if (values.json) return printJson(summary);
    const money = (n: number) => n.toLocaleString("en", { style: "currency", currency: summary.currency });
    const lines = [
      `As of ${summary.asOf ?? "—"}: ${summary.customers} customers, ${summary.buyers} buyers, ${summary.orders} orders, ${money(summary.revenue)}`,
      ...Object.entries(summary.tiers).map(([tier, t]) => `  ${tier.padEnd(9)} ${String(t.customers).padStart(8)}  ${money(t.revenue)}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  },
};
