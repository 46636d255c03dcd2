import { zonedText } from "@/lib/ingest/normalise/dates";
import { countImports, listImports, type ImportHistoryRow } from "@/lib/ingest/list-imports";
import { readSettings } from "@/lib/settings/read-settings";

import { CliError, printJson, type Command } from "./cli";
import { counted } from "./counted";

const PAGE_SIZE = 20;

/** The import history, newest first, as the Imports page lists it: the ids a rollback takes. */
export const importsCommand: Command = {
  summary: "list the import history, newest first (the ids rollback takes)",
  usage: "npm run strata -- imports [--page <n>] [--json]",
  options: { page: { type: "string" }, json: { type: "boolean" } },
  run({ values, db }) {
    const page = Number(values.page ?? 1);
    if (!Number.isInteger(page) || page < 1) {
      throw new CliError(`--page takes 1, 2, …\nusage: ${this.usage}`);
    }
    const total = countImports(db());
    const rows = listImports(db(), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    if (values.json) return printJson({ total, page, pageSize: PAGE_SIZE, imports: rows });
    if (total === 0) return void process.stdout.write("No imports yet.\n");
    const pages = Math.ceil(total / PAGE_SIZE);
    if (rows.length === 0) {
      const are = pages === 1 ? "is" : "are";
      throw new CliError(`there ${are} ${counted(pages, "page")} of imports`);
    }
    const timeZone = readSettings(db(), "general").timeZone;
    const lines = rows.map((row) => historyLine(row, timeZone));
    const more = page < pages ? `; older ones: --page ${page + 1}` : "";
    process.stdout.write(`${lines.join("\n")}\n\nPage ${page} of ${pages} ` +
      `(${counted(total, "import")}${more}). Times are the store's (settings' time zone).\n`);
  },
};

function historyLine(row: ImportHistoryRow, timeZone: string): string {
  const status = row.status.replace("_", " ");
  const counts = row.status === "done" || row.status === "rolled_back"
    ? `${counted(row.rowsRead, "row")}: ${row.recordsNew} new, ${row.recordsExisting} already in` +
      (row.recordsUpdated ? ` (${row.recordsUpdated} changed)` : "") +
      (row.rowsRejected ? `, ${row.rowsRejected} rejected` : "")
    : `${counted(row.rowsRead, "row")} read, nothing written`;
  const when = zonedText(Date.parse(row.startedAt), timeZone).slice(0, 16);
  return `#${String(row.id).padEnd(5)} ${when}  ${status.padEnd(11)} ` +
    `${row.fileName} (${row.preset}, source ${row.source}): ${counts}`;
}
