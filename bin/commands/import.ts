import fs from "node:fs";

import { isSupportedCountry } from "libphonenumber-js";

import { openDatabase } from "@/db/client";
import { limitHeapGrowth } from "@/lib/ingest/collect-garbage";
import { ImportProblem } from "@/lib/ingest/import-problem";
import type { DecimalMark } from "@/lib/ingest/normalise/decimal-mark";
import { isCurrencyCode } from "@/lib/ingest/normalise/money";
import { mappingInput } from "@/lib/ingest/presets/available";
import { runImport } from "@/lib/ingest/run-import";
import { encodingNamed, encodings } from "@/lib/ingest/read/sniff-encoding";

import { CliError, printJson, type Command } from "./cli";
import { describeProblem } from "./describe-problem";
import { suggestedMapping } from "./suggest-mapping";
import { progressWriter } from "./import-progress";
import { printSummary } from "./import-summary";

export const importCommand: Command = {
  summary: "import a channel export: import <file> [--preset <name>] [--source <label>] [--dry-run]",
  usage:
    "npm run strata -- import <file> [--preset <name>] [--source <label>] " +
    `[--encoding ${encodings.join("|")}] ` +
    "[--delimiter <char>] [--sheet <name>] [--day-order dmy|mdy] [--decimal-mark point|comma] " +
    "[--currency <code>] " +
    "[--phone-region <CC>] [--mapping-file <json>] [--dry-run] [--issues-file <jsonl>] [--json] " +
    "[--progress-json]",
  options: {
    preset: { type: "string" },
    source: { type: "string" },
    encoding: { type: "string" },
    delimiter: { type: "string" },
    sheet: { type: "string" },
    "day-order": { type: "string" },
    "decimal-mark": { type: "string" },
    currency: { type: "string" },
    "phone-region": { type: "string" },
    "mapping-file": { type: "string" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    "progress-json": { type: "boolean" },
    "created-by": { type: "string" },
    "file-name": { type: "string" },
    "issues-file": { type: "string" },
  },
  async run({ values, positionals, db, dbFile }) {
    const file = positionals[0];
    if (!file) throw new CliError(`which file?\nusage: ${this.usage}`);
    if (!fs.existsSync(file)) throw new CliError(`no such file: ${file}`);
    const named = values.encoding as string | undefined;
    const encoding = named ? encodingNamed(named) : undefined;
    if (encoding === null) {
      throw new CliError(`--encoding must be one of ${encodings.join(", ")} ` +
        "(gbk and gb2312 read as gb18030, latin1 as windows-1252)");
    }
    const dayOrder = values["day-order"] as string | undefined;
    if (dayOrder && dayOrder !== "dmy" && dayOrder !== "mdy") throw new CliError("--day-order must be dmy or mdy");
    const decimalMark = decimalMarkNamed(values["decimal-mark"] as string | undefined);
    const mapping = readMapping(values["mapping-file"] as string | undefined);
    const currency = (values.currency as string | undefined)?.trim().toUpperCase();
    if (currency !== undefined && !isCurrencyCode(currency)) {
      throw new CliError(
        `--currency must be a currency code in use, such as USD, EUR or CNY (not "${currency}")`);
    }
    const phoneRegion = (values["phone-region"] as string | undefined)?.trim().toUpperCase();
    if (phoneRegion !== undefined && !isSupportedCountry(phoneRegion)) {
      throw new CliError(
        `--phone-region must be a two-letter region such as US, FR or CN (not "${phoneRegion}")`);
    }

    const progressJson = Boolean(values["progress-json"]);
    const abort = new AbortController();
    process.once("SIGTERM", () => abort.abort());
    process.once("SIGINT", () => abort.abort());
    const dryRun = Boolean(values["dry-run"]);
    const progress = progressWriter(process.stderr, dryRun);
    // This process exists for the import (the web server spawns it too).
    limitHeapGrowth();
    // A dry run against a database that does not exist yet reads the file against an empty one
    // (what the import would meet) and leaves no database file behind.
    const database = dryRun && !fs.existsSync(dbFile) ? openDatabase(":memory:") : db();
    // How the file is read: the import's, and the suggested mapping's for a file no preset knows.
    const reading = {
      file,
      encoding,
      delimiter: values.delimiter as string | undefined,
      sheet: values.sheet as string | undefined,
    };
    try {
      const summary = await runImport(database, {
        ...reading,
        fileName: values["file-name"] as string | undefined,
        preset: values.preset as string | undefined,
        mapping,
        source: values.source as string | undefined,
        dayOrder: dayOrder as "dmy" | "mdy" | undefined,
        decimalMark,
        currency,
        phoneRegion,
        dryRun,
        issuesFile: values["issues-file"] as string | undefined,
        createdBy: (values["created-by"] as string | undefined) ?? "command line",
        signal: abort.signal,
        onStart(entry) {
          if (progressJson) process.stdout.write(`${JSON.stringify({ entry })}\n`);
        },
        onProgress(step) {
          if (progressJson) process.stdout.write(`${JSON.stringify({ progress: step })}\n`);
          else progress.show(step);
        },
      });
      progress.done();
      if (progressJson) process.stdout.write(`${JSON.stringify({ summary })}\n`);
      else if (values.json) printJson(summary);
      else printSummary(summary);
      // The counts above say what was wrong; the exit code tells a script that nothing went in.
      if (summary.everyRowRejected) throw new ImportProblem("all_rejected", { rows: String(summary.rowsRead) });
    } catch (error) {
      progress.done();
      if (error instanceof ImportProblem) {
        // A file no preset knows gets the mapping the Imports page would suggest, ready to save.
        const suggested = error.code === "unrecognised" && !error.params.sheet
          ? await suggestedMapping(database, reading) : null;
        const message = describeProblem(error, file) + (suggested
          ? `\nSuggested from its columns (check it, save it as a file, pass --mapping-file):\n${
            JSON.stringify(suggested, null, 2)}`
          : "");
        const problem = {
          code: error.code, params: error.params, ...(suggested ? { suggested } : {}),
        };
        // A script that asked for JSON reads the problem as JSON too; stderr's line is for people.
        if (progressJson) process.stdout.write(`${JSON.stringify({ problem })}\n`);
        else if (values.json) printJson({ problem: { ...problem, message } });
        throw new CliError(message);
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

/** The decimal mark as the command line takes it: by name, or the character itself. */
function decimalMarkNamed(named: string | undefined): DecimalMark | undefined {
  if (named === undefined) return undefined;
  const mark = decimalMarks[named.trim().toLowerCase()];
  if (!mark) throw new CliError("--decimal-mark must be point (12.50) or comma (12,50)");
  return mark;
}

const decimalMarks: Record<string, DecimalMark> = { point: ".", ".": ".", comma: ",", ",": "," };
