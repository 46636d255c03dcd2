import fs from "node:fs";

import { ImportProblem } from "@/lib/ingest/import-problem";
import { mappingInput } from "@/lib/ingest/presets/available";
import { runImport, type ImportSummary } from "@/lib/ingest/run-import";
import type { Encoding } from "@/lib/ingest/read/sniff-encoding";

import { CliError, printJson, type Command } from "./cli";
import { describeProblem } from "./describe-problem";

const encodings = ["utf-8", "utf-16le", "utf-16be", "gb18030"];

export const importCommand: Command = {
  summary: "import a channel export: import <file> [--preset <name>] [--source <label>] [--dry-run]",
  usage:
    "npm run strata -- import <file> [--preset <name>] [--source <label>] [--encoding utf-8|utf-16le|utf-16be|gb18030] " +
    "[--delimiter <char>] [--sheet <name>] [--day-order dmy|mdy] [--mapping-file <json>] [--dry-run] [--json] [--progress-json]",
  options: {
    preset: { type: "string" },
    source: { type: "string" },
    encoding: { type: "string" },
    delimiter: { type: "string" },
    sheet: { type: "string" },
    "day-order": { type: "string" },
    "mapping-file": { type: "string" },
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
    const encoding = values.encoding as string | undefined;
    if (encoding && !encodings.includes(encoding)) throw new CliError(`--encoding must be one of ${encodings.join(", ")}`);
    const dayOrder = values["day-order"] as string | undefined;
    if (dayOrder && dayOrder !== "dmy" && dayOrder !== "mdy") throw new CliError("--day-order must be dmy or mdy");
    const mapping = readMapping(values["mapping-file"] as string | undefined);

    const progressJson = Boolean(values["progress-json"]);
    const abort = new AbortController();
    process.once("SIGTERM", () => abort.abort());
    process.once("SIGINT", () => abort.abort());
    let lastShown = 0;
    try {
      const summary = await runImport(db(), {
        file,
        fileName: values["file-name"] as string | undefined,
        preset: values.preset as string | undefined,
        mapping,
        source: values.source as string | undefined,
        encoding: encoding as Encoding | undefined,
        delimiter: values.delimiter as string | undefined,
        sheet: values.sheet as string | undefined,
        dayOrder: dayOrder as "dmy" | "mdy" | undefined,
        dryRun: Boolean(values["dry-run"]),
        createdBy: (values["created-by"] as string | undefined) ?? "command line",
        signal: abort.signal,
        onProgress(progress) {
          const now = Date.now();
          if (now - lastShown < 250 && progress.phase === "reading") return;
          lastShown = now;
          if (progressJson) process.stdout.write(`${JSON.stringify({ progress })}\n`);
          else process.stderr.write(`\r${progress.rowsRead.toLocaleString("en")} rows read, ${progress.phase}…`);
        },
      });
      if (!progressJson) process.stderr.write("\r\x1b[K");
      if (progressJson) process.stdout.write(`${JSON.stringify({ summary })}\n`);
      else if (values.json) printJson(summary);
      else printSummary(summary);
    } catch (error) {
      if (error instanceof ImportProblem) {
        if (progressJson) process.stdout.write(`${JSON.stringify({ problem: { code: error.code, params: error.params } })}\n`);
        throw new CliError(describeProblem(error, file));
      }
      if (abort.signal.aborted) throw new CliError("import cancelled; nothing was written");
      throw error;
    }
  },
};

function readMapping(file: string | undefined) {
  if (!file) return undefined;
  const parsed = mappingInput.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new CliError(`the mapping in ${file} is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

function printSummary(s: ImportSummary) {
  const lines = [
    `${s.dryRun ? "Dry run (nothing written)" : `Import #${s.importId}`}: preset ${s.preset} (${s.kind}), source ${s.source}, ${s.format}, ${s.encoding}`,
    `  rows read                    ${s.rowsRead}`,
    `  records new                  ${s.recordsNew}`,
    `  records already in           ${s.recordsExisting}`,
    ...(s.recordsUpdated ? [`  records updated              ${s.recordsUpdated}`] : []),
    `  rows of new customers        ${s.rowsNewCustomers} (${s.customersNew} customers)`,
    `  rows of existing customers   ${s.rowsExistingCustomers} (${s.customersExisting} customers)`,
    `  rows rejected                ${s.rowsRejected}`,
    `  rows with a warning          ${s.rowsWarned}`,
    `  took                         ${(s.durationMs / 1000).toFixed(1)} s`,
    ...s.issues.map((r) => `  row ${r.row}, column "${r.column}", value "${r.value}": ${r.level} (${r.reason})`),
  ];
  const shown = s.issues.length;
  if (s.rowsRejected + s.rowsWarned > shown) lines.push("  … see the error file for the rest (strata import-errors <id>)");
  process.stdout.write(`${lines.join("\n")}\n`);
}
