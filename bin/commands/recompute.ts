import { dayToIso, isoToDay } from "@/lib/ingest/normalise/dates";
import { asOfOutside } from "@/lib/metrics/as-of";
import { recomputeMetrics, type RecomputeWarning } from "@/lib/metrics/recompute";

import { CliError, printJson, type Command } from "./cli";

const warnings: Record<RecomputeWarning, string> = {
  clv_unavailable:
    "no CLV model could be fitted; tiers are ranked by trailing 12-month spend instead",
  unconverted_orders:
    "some orders are in a currency without a rate (general.rates) and count as no spend",
};

export const recomputeCommand: Command = {
  summary: "recompute RFM, tiers, stages, history and predictions: recompute [--as-of YYYY-MM-DD]",
  usage: "npm run strata -- recompute [--as-of YYYY-MM-DD] [--json]",
  options: { "as-of": { type: "string" }, json: { type: "boolean" } },
  run({ values, db }) {
    const asOf = values["as-of"] as string | undefined;
    if (asOf !== undefined && isoToDay(asOf) === null)
      throw new CliError(`--as-of must be a date YYYY-MM-DD, not "${asOf}"`);
    const outside = asOfOutside(db(), asOf ?? null);
    if (outside) {
      throw new CliError(`--as-of ${asOf} measures nobody: give a date from the first order ` +
        `(${outside.first}) to today (${outside.today})`);
    }
    const result = recomputeMetrics(db(), { asOf });
    const shown = {
      ...result,
      asOf: dayToIso(result.asOfDay),
      durationMs: Math.round(result.durationMs),
    };
    if (values.json) return printJson(shown);
    process.stdout.write(
      `Recomputed ${shown.customers} customers (${shown.buyers} buyers) as of ${shown.asOf} in ${shown.durationMs} ms; ` +
        `${shown.movedTier} changed tier, ${shown.movedStage} changed stage.\n`,
    );
    for (const warning of result.warnings) process.stderr.write(`warning: ${warnings[warning]}\n`);
  },
};
