import fs from "node:fs";

import { ImportProblem } from "@/lib/ingest/import-problem";
import { runImport, type ImportSummary } from "@/lib/ingest/run-import";
import type { Encoding } from "@/lib/ingest/read/sniff-encoding";

import { CliError, printJson, type Command } from "./cli";

export const importCommand: Command = {
  summary: "import a channel export: import <file> --preset <name> [--source <label>] [--dry-run]",
  usage: "npm run strata -- import <file> --preset <name> [--source <label>] [--encoding <enc>] [--dry-run] [--json] [--progress-json]",
  options: {
    preset: { type: "string" },
    source: { type: "string" },
    encoding: { type: "string" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    "progress-json": { type: "boolean" },
    "created-by": { type: "string" },
    "file-name": { type: "string" },
  },
  async run({ values, positionals, db }) {
    const file = positionals[0];
    if (!file) throw new CliError(`which file?\nusage: ${this.usage}`);
    if (!fs.existsSync(file)) throw new CliError(`no such file: ${file}`);
    if (!values.preset) throw new CliError("--preset is required (cdnow, orders-csv)");

    const progressJson = Boolean(values["progress-json"]);
    const abort = new AbortController();
    process.once("SIGTERM", () => abort.abort());
    process.once("SIGINT", () => abort.abort());
    let lastShown = 0;
    try {
      const summary = await runImport(db(), {
        file,
        fileName: values["file-name"] as string | undefined,
        preset: values.preset as string,
        source: values.source as string | undefined,
        encoding: values.encoding as Encoding | undefined,
        dryRun: Boolean(values["dry-run"]),
        createdBy: (values["created-by"] as string | undefined) ?? "command line",
        signal: abort.signal,
        onProgress(progress) {
          const now = Date.now();
          if (now - lastShown < 250) return;
          lastShown = now;
          if (progressJson) process.stdout.write(`${JSON.stringify({ progress })}\n`);
          else process.stderr.write(`\r${progress.rowsRead.toLocaleString("en")} rows read…`);
        },
      });
      if (!progressJson) process.stderr.write("\r");
      if (progressJson) process.stdout.write(`${JSON.stringify({ summary })}\n`);
      else if (values.json) printJson(summary);
      else printSummary(summary);
    } catch (error) {
      if (error instanceof ImportProblem) {
        if (progressJson) process.stdout.write(`${JSON.stringify({ problem: { code: error.code, params: error.params } })}\n`);
        throw new CliError(describeProblem(error));
      }
      if (abort.signal.aborted) throw new CliError("import cancelled; nothing was written");
      throw error;
    }
  },
};

function describeProblem(problem: ImportProblem): string {
  const p = problem.params;
  switch (problem.code) {
    case "unknown_preset":
      return `unknown preset "${p.preset}"; known presets: ${p.known}`;
    case "missing_columns":
      return `the file lacks columns for: ${p.missing}. Columns found: ${p.found}`;
    case "empty_file":
      return "the file holds no rows";
    default:
      return problem.message;
  }
}

function printSummary(s: ImportSummary) {
  const lines = [
    `${s.dryRun ? "Dry run (nothing written)" : `Import #${s.importId}`}: preset ${s.preset}, source ${s.source}, ${s.encoding}`,
    `  rows read          ${s.rowsRead}`,
    `  orders new         ${s.ordersNew}`,
    `  orders already in  ${s.ordersExisting}`,
    `  rows rejected      ${s.rowsRejected}`,
    `  customers new      ${s.customersNew}`,
    `  customers existing ${s.customersExisting}`,
    `  took               ${(s.durationMs / 1000).toFixed(1)} s`,
    ...s.rejections.map((r) => `  row ${r.row}, column "${r.column}", value "${r.value}": ${r.reason}`),
  ];
  if (s.rowsRejected > s.rejections.length) lines.push(`  … and ${s.rowsRejected - s.rejections.length} more rejected rows`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
