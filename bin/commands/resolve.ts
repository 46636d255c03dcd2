import { resolveIdentities } from "@/lib/identity/resolve";
import { recomputeMetrics } from "@/lib/metrics/recompute";

import { printJson, type Command } from "./cli";

/** Every identity resolved again under the identity settings (once they change), then metrics. */
export const resolveCommand: Command = {
  summary: "resolve every identity again under the identity settings, then recompute",
  usage: "npm run strata -- resolve [--json]",
  options: { json: { type: "boolean" } },
  run({ values, db }) {
    const resolution = resolveIdentities(db(), { full: true });
    const recompute = recomputeMetrics(db());
    if (values.json) return printJson({ resolution, recompute });
    const ms = (duration: number) => `${Math.round(duration)} ms`;
    process.stdout.write(`Resolved ${resolution.scope} identifiers into ${resolution.profiles} ` +
      `profiles (${resolution.profilesChanged} changed) in ${ms(resolution.durationMs)}; ` +
      `recomputed ${recompute.customers} customers in ${ms(recompute.durationMs)}.\n`);
  },
};
