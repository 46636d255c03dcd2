import { resolveIdentities } from "@/lib/identity/resolve";
import { recomputeMetrics } from "@/lib/metrics/recompute";

import { printJson, type Command } from "./cli";

/** Every identity resolved again under the identity settings (after they change), then the metrics. */
export const resolveCommand: Command = {
  summary: "resolve every identity again under the identity settings, then recompute",
  usage: "npm run strata -- resolve [--json]",
  options: { json: { type: "boolean" } },
  run({ values, db }) {
    const resolution = resolveIdentities(db(), { full: true });
    const recompute = recomputeMetrics(db());
    if (values.json) return printJson({ resolution, recompute });
    process.stdout.write(`Resolved ${resolution.scope} identifiers into ${resolution.profiles} ` +
      `profiles (${resolution.profilesChanged} changed) in ${Math.round(resolution.durationMs)} ms; ` +
      `recomputed ${recompute.customers} customers in ${Math.round(recompute.durationMs)} ms.\n`);
  },
};
