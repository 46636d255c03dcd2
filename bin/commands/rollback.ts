import { createInterface } from "node:readline/promises";

import type { Db } from "@/db/client";
import { beginWhenFree } from "@/db/write-lock";
import { laterOverlaps } from "@/lib/ingest/import-overlaps";
import { ImportProblem } from "@/lib/ingest/import-problem";
import {
  assertRollbackable, rollbackImport, type RollbackSummary,
} from "@/lib/ingest/rollback-import";
import { rollbackPreview } from "@/lib/ingest/rollback-preview";

import { CliError, printJson, type Command } from "./cli";
import { counted } from "./counted";
import { describeProblem } from "./describe-problem";
import { WAITING_TEXT } from "./import-progress";
import { describeRollbackPreview } from "./rollback-preview-text";

/**
 * Takes an import back out: its facts go, identities and metrics are computed again. It says
 * first what would go, as the history's dialog does, and goes ahead on a yes at the terminal or
 * on --yes.
 */
export const rollbackCommand: Command = {
  summary: "roll an import back: rollback <import id> (ids: the imports command)",
  usage: "npm run strata -- rollback <import id> [--dry-run | --yes] [--by <name>] [--json] " +
    "[--progress-json]",
  options: {
    by: { type: "string" }, json: { type: "boolean" }, "progress-json": { type: "boolean" },
    yes: { type: "boolean" }, "dry-run": { type: "boolean" },
  },
  async run({ values, positionals, db }) {
    const importId = Number(positionals[0]);
    if (!Number.isInteger(importId) || importId < 1) {
      throw new CliError(`which import? The imports command lists them.\nusage: ${this.usage}`);
    }
    const progressJson = Boolean(values["progress-json"]);
    if (!values.yes) {
      const go = await confirmed(db(), importId, { dryRun: Boolean(values["dry-run"]),
        json: Boolean(values.json) || progressJson });
      if (!go) return;
    }
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

/**
 * Shows what rolling the import back takes out; true when the user then says yes. Only a
 * terminal is asked: a script that has not said --yes changes nothing and fails.
 */
async function confirmed(db: Db, importId: number, options: { dryRun: boolean; json: boolean }) {
  const label = `import #${importId}`;
  try {
    assertRollbackable(db, importId);
  } catch (error) {
    if (error instanceof ImportProblem) throw new CliError(describeProblem(error, label));
    throw error;
  }
  const preview = rollbackPreview(db, importId)!;
  const later = laterOverlaps(db).get(importId) ?? [];
  if (options.dryRun) {
    if (options.json) printJson({ preview, later });
    else process.stdout.write(`${describeRollbackPreview(preview, later)}\n`);
    return false;
  }
  const text = describeRollbackPreview(preview, later);
  if (options.json || !process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(`${text}\n`);
    throw new CliError("nothing was changed: add --yes to roll it back");
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await terminal.question(`${text}\nRoll ${label} back? [y/N] `);
    if (/^y(es)?$/i.test(answer.trim())) return true;
    process.stdout.write("Nothing was changed.\n");
    return false;
  } finally {
    terminal.close();
  }
}

function describeRollback(summary: RollbackSummary): string {
  const removed = Object.entries(summary.removed).filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table.replaceAll("_", " ")}`);
  return `Rolled back import #${summary.importId}: removed ${removed.join(", ") || "nothing"} ` +
    `and ${counted(summary.identifiersRemoved, "identifier")} no other import has; ` +
    `${(summary.durationMs / 1000).toFixed(1)} s.`;
}

function sayWaiting(json: boolean) {
  const progress = { phase: "waiting", rowsRead: 0, bytesRead: 0, totalBytes: 0, rowsPerSecond: 0 };
  if (json) writeLine({ progress });
  else process.stderr.write(`${WAITING_TEXT}\n`);
}

function writeLine(value: unknown) {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
