import { beginWhenFree } from "@/db/write-lock";
import { ImportProblem } from "@/lib/ingest/import-problem";
import { rollbackImport } from "@/lib/ingest/rollback-import";

import { CliError, printJson, type Command } from "./cli";
import { describeProblem } from "./describe-problem";

/** Takes an import back out: its facts go, identities and metrics are computed again. */
export const rollbackCommand: Command = {
  summary: "roll an import back: rollback <import id>",
  usage: "npm run strata -- rollback <import id> [--by <name>] [--json] [--progress-json]",
  options: { by: { type: "string" }, json: { type: "boolean" }, "progress-json": { type: "boolean" } },
  async run({ values, positionals, db }) {
    const importId = Number(positionals[0]);
    if (!Number.isInteger(importId) || importId < 1) throw new CliError(`which import?\nusage: ${this.usage}`);
    const sqlite = db().$client;
    const abort = new AbortController();
    process.once("SIGTERM", () => abort.abort());
    process.once("SIGINT", () => abort.abort());
    try {
      await beginWhenFree(sqlite, { signal: abort.signal, onWait: () => sayWaiting(Boolean(values["progress-json"])) });
      const summary = rollbackImport(db(), { importId, by: (values.by as string | undefined) ?? "command line" });
      sqlite.exec("COMMIT");
      if (values["progress-json"]) process.stdout.write(`${JSON.stringify({ rollback: summary })}\n`);
      else if (values.json) printJson(summary);
      else {
        const removed = Object.entries(summary.removed).filter(([, n]) => n > 0).map(([table, n]) => `${n} ${table}`);
        process.stdout.write(`Rolled back import #${importId}: removed ${removed.join(", ") || "nothing"}; ` +
          `${summary.identifiersRemoved} identifiers; ${(summary.durationMs / 1000).toFixed(1)} s.\n`);
      }
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      if (abort.signal.aborted) throw new CliError("rollback cancelled; nothing was changed");
      if (error instanceof ImportProblem) {
        if (values["progress-json"]) process.stdout.write(`${JSON.stringify({ problem: { code: error.code, params: error.params } })}\n`);
        throw new CliError(describeProblem(error, `import #${importId}`));
      }
      throw error;
    }
  },
};

function sayWaiting(json: boolean) {
  if (json) {
    const progress = { phase: "waiting", rowsRead: 0, bytesRead: 0, totalBytes: 0, rowsPerSecond: 0 };
    process.stdout.write(`${JSON.stringify({ progress })}\n`);
  } else process.stderr.write("waiting for another import or rollback to finish…\n");
}
