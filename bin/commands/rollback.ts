import { beginWhenFree } from "@/db/write-lock";
import { ImportProblem } from "@/lib/ingest/import-problem";
import { rollbackImport, type RollbackSummary } from "@/lib/ingest/rollback-import";

import { CliError, printJson, type Command } from "./cli";
import { describeProblem } from "./describe-problem";
import { WAITING_TEXT } from "./import-progress";

/** Takes an import back out: its facts go, identities and metrics are computed again. */
export const rollbackCommand: Command = {
  summary: "roll an import back: rollback <import id>",
  usage: "npm run strata -- rollback <import id> [--by <name>] [--json] [--progress-json]",
  options: {
    by: { type: "string" }, json: { type: "boolean" }, "progress-json": { type: "boolean" },
  },
  async run({ values, positionals, db }) {
    const importId = Number(positionals[0]);
    if (!Number.isInteger(importId) || importId < 1) {
      throw new CliError(`which import?\nusage: ${this.usage}`);
    }
    const progressJson = Boolean(values["progress-json"]);
    const sqlite = db().$client;
    const abort = new AbortController();
    process.once("SIGTERM", () => abort.abort());
    process.once("SIGINT", () => abort.abort());
    try {
      await beginWhenFree(sqlite, { signal: abort.signal, onWait: () => sayWaiting(progressJson) });
      const by = (values.by as string | undefined) ?? "command line";
      const summary = rollbackImport(db(), { importId, by });
      sqlite.exec("COMMIT");
      if (progressJson) writeLine({ rollback: summary });
      else if (values.json) printJson(summary);
      else process.stdout.write(`${describeRollback(summary)}\n`);
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      if (abort.signal.aborted) throw new CliError("rollback cancelled; nothing was changed");
      if (error instanceof ImportProblem) {
        if (progressJson) writeLine({ problem: { code: error.code, params: error.params } });
        throw new CliError(describeProblem(error, `import #${importId}`));
      }
      throw error;
    }
  },
};

function describeRollback(summary: RollbackSummary): string {
  const removed = Object.entries(summary.removed).filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table}`);
  return `Rolled back import #${summary.importId}: removed ${removed.join(", ") || "nothing"}; ` +
    `${summary.identifiersRemoved} identifiers; ${(summary.durationMs / 1000).toFixed(1)} s.`;
}

function sayWaiting(json: boolean) {
  const progress = { phase: "waiting", rowsRead: 0, bytesRead: 0, totalBytes: 0, rowsPerSecond: 0 };
  if (json) writeLine({ progress });
  else process.stderr.write(`${WAITING_TEXT}\n`);
}

function writeLine(value: unknown) {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
