import { ZodError } from "zod";

import { dayToIso } from "@/lib/ingest/normalise/dates";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import {
  changeSettings,
  describeSettingsError,
  readSetting,
  type SettingChange,
} from "@/lib/settings/change-settings";
import { readSettings } from "@/lib/settings/read-settings";

import { CliError, printJson, type Command } from "./cli";

/**
 * Reads and changes the value-structure settings the admin page shows.
 * `set` takes path/value pairs (values are JSON when they parse as JSON,
 * text otherwise; `default` restores the default) and recomputes unless told
 * not to, reporting who moved.
 */
export const settingsCommand: Command = {
  summary: "settings: settings get [path] | set <path> <value> [<path> <value> …] [--no-recompute]",
  usage:
    "npm run strata -- settings get [path] | set <path> <value> [<path> <value> …] [--no-recompute] [--json]\n" +
    "  paths: asOf, rfm.method, rfm.edges.recency, tierShares.vip, tierValue, lifecycle.lapsedDays,\n" +
    "  snapshotPeriod, prediction.unit, prediction.calibrationFrom, baseCurrency, margin, …",
  options: { "no-recompute": { type: "boolean" }, json: { type: "boolean" } },
  run({ values, positionals, db }) {
    const [action, ...rest] = positionals;
    if (action === "get") {
      const groups = { general: readSettings(db(), "general"), models: readSettings(db(), "models") };
      // A group's name, as `get` alone prints them, shows that group.
      const shown = !rest[0] ? groups : rest[0] in groups ? groups[rest[0] as keyof typeof groups]
        : readSetting(db(), rest[0]);
      return printJson(shown);
    }
    if (action !== "set" || rest.length === 0 || rest.length % 2 !== 0)
      throw new CliError(`usage: ${this.usage}`);

    const changes: SettingChange[] = [];
    for (let i = 0; i < rest.length; i += 2)
      changes.push({ path: rest[i], value: parseValue(rest[i + 1]) });
    try {
      changeSettings(db(), changes);
    } catch (error) {
      if (error instanceof ZodError) {
        throw new CliError(describeSettingsError(error));
      }
      if (error instanceof RangeError) throw new CliError(error.message);
      throw error;
    }
    if (values["no-recompute"]) return void process.stdout.write("Saved.\n");

    const result = recomputeMetrics(db());
    const shown = {
      customers: result.customers,
      asOf: dayToIso(result.asOfDay),
      movedTier: result.movedTier,
      movedStage: result.movedStage,
      warnings: result.warnings,
    };
    if (values.json) return printJson(shown);
    process.stdout.write(
      `Saved. Recomputed ${shown.customers} customers as of ${shown.asOf}: ` +
        `${shown.movedTier} changed tier, ${shown.movedStage} changed stage.\n`,
    );
  },
};

function parseValue(text: string): unknown {
  if (text === "default") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
