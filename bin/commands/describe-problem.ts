import { englishFieldNames } from "@/lib/ingest/field-names";
import type { ImportProblem } from "@/lib/ingest/import-problem";

/** A file-level problem as one line for the terminal, naming the file. */
export function describeProblem(problem: ImportProblem, file: string): string {
  const p = problem.params;
  switch (problem.code) {
    case "unknown_preset":
      return `unknown preset "${p.preset}"; known presets: ${p.known}`;
    case "unrecognised":
      if (p.sheet) {
        return `${file}: no preset recognises its first sheet, but its sheet "${p.sheet}" ` +
          `reads as ${p.sheetPreset}: pass --sheet "${p.sheet}"`;
      }
      return `${file}: no preset recognises this file. Closest: ${p.closest}. ` +
        "Name one with --preset, map the columns in a file for --mapping-file, " +
        "or map them on the Imports page. " +
        `Columns found: ${p.found}`;
    case "personal_ledger":
      return `${file}: this is a personal payment ledger ` +
        "(a WeChat or Alipay bill of one person's own payments) and names no customers; " +
        "for a shop's payments download the merchant trade bill " +
        "(WeChat Pay merchant platform › 交易中心 › 交易账单)";
    case "missing_columns":
      return `${file}: the file lacks columns for: ${englishFieldNames(p.missing)}. ` +
        `Columns found: ${p.found}`;
    case "ask_day_order":
      return `${file}: dates like ${p.example || "03/04/2024"} could be day-first or ` +
        "month-first and no row tells; pass --day-order dmy or mdy";
    case "ask_decimal_mark":
      return `${file}: amounts like ${p.example || "12.500"} could be a decimal (12.50) or ` +
        "thousands (12,500.00) and no row tells; pass --decimal-mark point or comma " +
        "(the character before the cents)";
    case "not_found":
      return `${file}: there is no such import`;
    case "not_rollbackable":
      return `${file}: only a finished import can be rolled back ` +
        `(this one is ${p.status.replaceAll("_", " ")})`;
    case "all_rejected":
      return `${file}: every one of its ${p.rows} rows was rejected, so nothing was written; ` +
        "the reasons are listed above. Check that the file is the export the preset reads, or name another with --preset";
    case "empty_file":
      return `${file}: the file holds no rows`;
    case "no_rows":
      return `${file}: the file has a header but no rows under it`;
    case "not_text":
      return `${file}: this is not a text file (CSV, TSV, JSON lines) or an Excel workbook`;
    case "broken_workbook":
      return `${file}: this Excel workbook is damaged or cut short, and cannot be opened; ` +
        "save it again from Excel (or export the sheet as CSV) and import that";
    case "currency_needed":
      return `${file}: the file has no currency column; say which currency its amounts are in ` +
        'with --currency (e.g. --currency EUR), or "currency" in the mapping file';
    case "source_needed":
      return `${file}: name the source it comes from with --source (e.g. the shop): ` +
        "records are keyed by source, and files of two shops must not share one" +
        (p.currency ? "; and say which currency its amounts are in with --currency (e.g. EUR)"
          : "");
    default:
      return `${file}: ${problem.message}`;
  }
}
