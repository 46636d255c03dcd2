import { ImportProblem } from "@/lib/ingest/import-problem";
import { rollbackImport } from "@/lib/ingest/rollback-import";

import { CliError, printJson, type Command } from "./cli";
import { describeProblem } from "./describe-problem";

/** Takes an import back out: its facts go, identities and metrics are computed again. */
export const rollbackCommand: Command = {
  summary: "roll an import back: rollback <import id>",
  usage: "npm run strata -- rollback <import id> [--by <name>] [--json] [--progress-json]",
  options: { by: { type: "string" }, json: { type: "boolean" }, "progress-json": { type: "boolean" } },
  run({ values, positionals, db }) {
    const importId = Number(positionals[0]);
    if (!Number.isInteger(importId) || importId < 1) throw new CliError(`which import?\nusage: ${this.usage}`);
    try {
      const summary = rollbackImport(db(), { importId, by: (values.by as string | undefined) ?? "command line" });
      if (values["progress-json"]) process.stdout.write(`${JSON.stringify({ rollback: summary })}\n`);
      else if (values.json) printJson(summary);
      else {
        const removed = Object.entries(summary.removed).filter(([, n]) => n > 0).map(([table, n]) => `${n} ${table}`);
        process.stdout.write(`Rolled back import #${importId}: removed ${removed.join(", ") || "nothing"}; ` +
          `${summary.identifiersRemoved} identifiers; ${(summary.durationMs / 1000).toFixed(1)} s.\n`);
      }
    } catch (error) {
      if (error instanceof ImportProblem) {
        if (values["progress-json"]) process.stdout.write(`${JSON.stringify({ problem: { code: error.code, params: error.params } })}\n`);
        throw new CliError(describeProblem(error, `import #${importId}`));
      }
      throw error;
    }
  },
};
