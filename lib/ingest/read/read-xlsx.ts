import fs from "node:fs";

import type ExcelJS from "exceljs";

import { ImportProblem } from "../import-problem";

import type { RowBatch } from "./read-rows";

const BATCH = 5000;

/**
 * The rows of one sheet of an .xlsx workbook (the first, or the one named),
 * streamed with exceljs's WorkbookReader so a large workbook never sits in
 * memory. Cells become the text a CSV export of the sheet would hold.
 */
export function readXlsxRows(file: string, sheet?: string) {
  let input: fs.ReadStream | null = null;
  const open = () => (input = fs.createReadStream(file, { highWaterMark: 1 << 20 }));
  return {
    batches: sheetRows(open, sheet, () => undefined),
    bytesRead: () => input?.bytesRead ?? 0,
  };
}

/** The workbook's sheet names, in the order the workbook lists them. */
export async function listSheets(file: string): Promise<string[]> {
  let names: string[] = [];
  const open = () => fs.createReadStream(file);
  for await (const batch of sheetRows(open, undefined, (found) => (names = found))) {
    void batch;
    break;
  }
  return names;
}

// exceljs's streaming reader now and then opens a sheet before it has read the workbook's list
// of sheets, and fails ("reading 'sheets'"): 3 reads in 120 of one small workbook here. Read
// again from the start, as long as no row has gone out yet.
const READ_ATTEMPTS = 3;

/**
 * The sheet's rows; a workbook the reader cannot open (cut short in a download, damaged, an
 * .xlsx name on something else) is a problem of the file, said plainly, not the unzip library's
 * "FILE_ENDED". Each attempt's file stream is closed when it ends, however it ends (a caller that
 * stops at the first batch included).
 */
async function* sheetRows(
  open: () => fs.ReadStream,
  sheet: string | undefined,
  onSheets: (names: string[]) => void,
): AsyncIterable<RowBatch> {
  for (let attempt = 1; ; attempt++) {
    const input = open();
    let yielded = false;
    try {
      for await (const batch of workbookRows(input, sheet, onSheets)) {
        yielded = true;
        yield batch;
      }
      return;
    } catch (error) {
      if (error instanceof ImportProblem) throw error;
      if (!yielded && attempt < READ_ATTEMPTS) continue;
      const reason = String((error as Error)?.message ?? error);
      throw new ImportProblem("broken_workbook", { reason });
    } finally {
      input.destroy();
    }
  }
}

async function* workbookRows(
  input: fs.ReadStream,
  sheet: string | undefined,
  onSheets: (names: string[]) => void,
): AsyncIterable<RowBatch> {
  // Loaded on first use: the library is large and most files are text.
  const { default: excel } = await import("exceljs");
  const workbook = new excel.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  for await (const worksheet of workbook) {
    const reader = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name?: string };
    const model = (workbook as unknown as { model?: { sheets?: { name: string }[] } }).model;
    onSheets((model?.sheets ?? []).map((s) => s.name));
    if (sheet && reader.name !== sheet) {
      // Read through, not left: exceljs may have parked an unread sheet in a temporary file
      // that it cleans up behind us, and opening it later failed as an uncaught error.
      for await (const row of reader) void row;
      continue;
    }
    let rows: string[][] = [];
    let first = 1;
    let next = 1;
    for await (const row of reader) {
      // Blank rows are not in the stream; keep spreadsheet row numbers by filling the gap.
      while (next < row.number) {
        rows.push([]);
        next++;
      }
      const values = row.values as ExcelJS.CellValue[];
      rows.push(values.slice(1).map(cellText));
      next++;
      if (rows.length >= BATCH) {
        yield { rows, first };
        first += rows.length;
        rows = [];
      }
    }
    if (rows.length) yield { rows, first };
    return;
  }
}

/** A cell's value as text: dates as store-local 'YYYY-MM-DD HH:MM:SS', formulas by their result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
  }
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return String(value.text);
  // As a CSV saved from Excel holds it ("#DIV/0!"): a required field then says what it found.
  if ("error" in value) return String(value.error);
  // A formula saved without its result (never calculated): nothing to read, not "[object Object]".
  if ("formula" in value || "sharedFormula" in value) return "";
  return String(value);
}
