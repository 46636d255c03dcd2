import { englishFieldNames } from "./field-names";
import { fileDecimalMark } from "./file-decimal-mark";
import { fieldTypes, type ColumnMap, type FieldName } from "./fields";
import { ImportProblem } from "./import-problem";
import { missingFields, resolveColumns } from "./mapping/resolve-columns";
import { guessKind } from "./mapping/suggest-mapping";
import { detectDayOrder, type DayOrder } from "./normalise/dates";
import type { DecimalMark } from "./normalise/decimal-mark";
import { cleanCell } from "./normalise/text";
import { rowMoneyOf } from "./rows/row-money";
import { closestPresets, rankPresets, ACCEPT_SCORE, type PresetMatch } from "./presets/detect";
import { isPersonalLedger } from "./presets/personal-ledger";
import { unreadableFields } from "./presets/rows-fit";
import type { Preset } from "./presets/types";
import { openRows } from "./read/open-rows";
import type { RowFault } from "./read/read-rows";
import { listSheets } from "./read/read-xlsx";
import { HEAD_ROWS, sniffTable, type TableShape } from "./read/sniff-table";
import type { Encoding } from "./read/sniff-encoding";

export type PlanRequest = {
  file: string;
  /** A preset id, or a preset built from the mapping screen; neither means "recognise it". */
  preset?: Preset;
  encoding?: Encoding;
  delimiter?: string;
  sheet?: string;
  dayOrder?: DayOrder;
  decimalMark?: DecimalMark;
};

/** How a file will be read: its shape, the preset, where the header is, and what each field maps to. */
export type ImportPlan = {
  shape: TableShape;
  sheet?: string;
  preset: Preset;
  matches: PresetMatch[];
  /** Index of the header among the first rows; -1 for a file without one (CDNOW). */
  headerRow: number;
  headers: string[];
  columns: ColumnMap;
  /** The first rows after the header. */
  sample: string[][];
  /** The file's day order, null when no date needs one, "ask" when the file cannot tell. */
  dayOrder: DayOrder | "ask" | null;
  /** What the rows alone say of it, whatever was said for them: "ask" keeps the question open. */
  fileDayOrder: DayOrder | "ask" | null;
  /** A date of the file that reads either way (its date part, as written), when it is asked. */
  dayOrderExample: string | null;
  /** The amounts' decimal mark: null when none tells and none needs it, "ask" when one does. */
  decimalMark: DecimalMark | "ask" | null;
  /** What the rows alone say of it, whatever was said for them. */
  fileDecimalMark: DecimalMark | "ask" | null;
  /** An amount of the file that reads either way ("12.500"), when it is asked. */
  decimalMarkExample: string | null;
  /** Rows among the first that the reader could not make out: the import rejects them. */
  headFaults: HeadFault[];
};

export type HeadFault = { row: number; reason: RowFault["reason"]; text: string };

// A preamble longer than this (WeChat's personal bill has 16 lines) is not looked through.
const PREAMBLE_ROWS = 30;

/**
 * Reads the first rows of a file and decides how to import it: the given
 * preset, or the one that best recognises a header row among the first
 * rows (a bill's preamble is skipped). Throws `unrecognised` naming the
 * closest presets when none fits well enough, and `missing_columns` when
 * the given preset lacks a required column.
 */
export async function planImport(request: PlanRequest, candidates: Preset[]): Promise<ImportPlan> {
  const shape = await sniffTable(request.file, request);
  const { rows, faulty, under } = await readHead(request.file, shape, request.sheet);
  if (rows.length === 0) throw new ImportProblem("empty_file", {});

  const found = request.preset
    ? placeGiven(rows, request.preset)
    : await recogniseOrPointToSheet(rows, request, shape, candidates);
  const { headerRow, headers, matches } = found;
  const columns = resolveColumns(headers, found.preset);
  const missing = missingFields(columns, found.preset.kind);
  if (missing.length) throw new ImportProblem("missing_columns", { missing: missing.join(", "), found: headers.join(", ") });

  const sample = rows.slice(headerRow + 1).filter((_, i) => !faulty.has(headerRow + 1 + i));
  // The head read to the end of the file and found nothing under the header.
  const wholeFile = rows.length < PREAMBLE_ROWS + HEAD_ROWS;
  if (sample.length === 0 && wholeFile) throw new ImportProblem("no_rows", {});
  const { order: fileDayOrder, example: dayOrderExample } = dayOrderOf(sample, columns);
  const told = fileDecimalMark(sample, columns);
  // A workbook's numbers and a JSON file's are written with a point whatever the locale: only a
  // text file's "12.500" can be either.
  const { mark: fileMark, example: decimalMarkExample } = told.mark === "ask" && shape.format !== "text"
    ? { mark: null, example: null } : told;
  // A vendor preset knows how its rows carry an order's money; for any other file its rows say.
  const preset = found.preset.kind === "order" && !found.preset.orderMoney
    ? { ...found.preset, orderMoney: rowMoneyOf(sample, headers, columns) }
    : found.preset;
  return {
    shape,
    sheet: request.sheet,
    preset,
    matches,
    headerRow,
    headers,
    columns,
    sample,
    dayOrder: request.dayOrder ?? preset.dayOrder ?? fileDayOrder,
    fileDayOrder,
    dayOrderExample,
    decimalMark: request.decimalMark ?? preset.decimalMark ?? fileMark,
    fileDecimalMark: fileMark,
    decimalMarkExample,
    headFaults: under(headerRow),
  };
}

/**
 * The file's first rows that are not blank, and those of them the reader could not make out
 * (a line that is no JSON object, a quote that never closes), numbered as the import numbers its
 * rows. Such a row keeps its place, so the header is found where the import looks for it.
 */
export async function readHead(file: string, shape: TableShape, sheet?: string) {
  const rows: string[][] = [];
  const faults: HeadFault[] = [];
  const faulty = new Set<number>();
  const numbers: number[] = [];
  for await (const batch of openRows(file, shape, { sheet }).batches) {
    const faultAt = new Map(batch.faults?.map((fault) => [fault.at, fault]));
    batch.rows.forEach((row, k) => {
      const fault = faultAt.get(k);
      if (fault) faults.push({ row: batch.first + k, reason: fault.reason, text: fault.text });
      if (!row.some((cell) => cleanCell(cell) !== "")) return;
      if (fault) faulty.add(rows.length);
      rows.push(row);
      numbers.push(batch.first + k);
    });
    if (rows.length >= PREAMBLE_ROWS + HEAD_ROWS) break;
  }
  // Those under the header: it is found among the first rows, and before it is no data.
  const under = (headerRow: number) =>
    faults.filter((fault) => headerRow < 0 || fault.row > numbers[headerRow]);
  return { rows: rows.slice(0, PREAMBLE_ROWS + HEAD_ROWS), faulty, under };
}

function placeGiven(rows: string[][], preset: Preset) {
  const headerless = headerlessNames(rows[0], preset);
  if (headerless) return { preset, headerRow: -1, headers: headerless, matches: rankPresets(headerless, [preset]) };
  let best = { headerRow: 0, matches: rankPresets(rows[0], [preset]) };
  for (let i = 1; i < Math.min(rows.length, PREAMBLE_ROWS); i++) {
    const matches = rankPresets(rows[i], [preset]);
    if (matches[0].known > best.matches[0].known) best = { headerRow: i, matches };
  }
  return { preset, headerRow: best.headerRow, headers: rows[best.headerRow], matches: best.matches };
}

/**
 * The header row and preset that fit best among the first rows: by the
 * share of known column names, then only where the rows under it read as
 * the preset's data (so a document quoting a header is not taken for an
 * export). When none fits, the problem names the closest presets.
 */
function recognise(rows: string[][], candidates: Preset[]) {
  for (const preset of candidates) {
    const headerless = headerlessNames(rows[0], preset);
    if (headerless) return { preset, headerRow: -1, headers: headerless, matches: rankPresets(headerless, [preset]) };
  }
  const fits: { headerRow: number; matches: PresetMatch[]; top: PresetMatch }[] = [];
  for (let i = 0; i < Math.min(rows.length, PREAMBLE_ROWS); i++) {
    const matches = rankPresets(rows[i], candidates);
    for (const top of matches) if (top.score >= ACCEPT_SCORE) fits.push({ headerRow: i, matches, top });
  }
  fits.sort((a, b) => b.top.score - a.top.score || a.headerRow - b.headerRow);
  const misfits: string[] = [];
  for (const { headerRow, matches, top } of fits) {
    const data = rows.slice(headerRow + 1);
    const columns = resolveColumns(rows[headerRow], top.preset);
    const unreadable = unreadableFields(top.preset, columns, data).map((field) => rows[headerRow][columns[field]![0]].trim());
    if (unreadable.length === 0) {
      return { preset: top.preset, headerRow, headers: rows[headerRow], matches: [top, ...matches.filter((m) => m !== top)] };
    }
    if (!misfits.some((text) => text.startsWith(`${top.preset.id} `))) {
      misfits.push(`${top.preset.id} (a row looks like its header, but the rows under it hold too few readable ${unreadable.join(", ")})`);
    }
  }
  if (isPersonalLedger(rows.slice(0, PREAMBLE_ROWS))) {
    throw new ImportProblem("personal_ledger", {});
  }
  // In English, as the command line and the log read it; the mapping screen lists its own.
  const lacks = (m: PresetMatch) =>
    (m.missing.length ? `; lacks ${englishFieldNames(m.missing)}` : "");
  const closest = closestPresets(rows[0], candidates, guessKind(rows[0], rows.slice(1)))
    .map((m) => `${m.preset.id} (${m.known}/${rows[0].length} columns known${lacks(m)})`);
  throw new ImportProblem("unrecognised", { closest: [...misfits, ...closest].slice(0, 3).join("; "), found: rows[0].join(", ") });
}

/**
 * A workbook whose first sheet no preset recognises (a summary before the data) may hold a sheet
 * one does: the problem names it, so the page opens that sheet and the command line says
 * `--sheet`.
 */
async function recogniseOrPointToSheet(
  rows: string[][], request: PlanRequest, shape: TableShape, candidates: Preset[],
): Promise<ReturnType<typeof recognise>> {
  try {
    return recognise(rows, candidates);
  } catch (problem) {
    if (!(problem instanceof ImportProblem) || problem.code !== "unrecognised") throw problem;
    if (shape.format !== "xlsx" || request.sheet) throw problem;
    for (const sheet of (await listSheets(request.file)).slice(1)) {
      const found = await readHead(request.file, shape, sheet)
        .then((other) => recognise(other.rows, candidates))
        .catch(() => null);
      if (found) {
        const params = { ...problem.params, sheet, sheetPreset: found.preset.id };
        throw new ImportProblem("unrecognised", params);
      }
    }
    throw problem;
  }
}

/** Column names for a headerless file of this preset (CDNOW's log), when its first row is data. */
function headerlessNames(first: string[], preset: Preset): string[] | null {
  const names = preset.headerless?.[first.length];
  if (!names || !first.every((cell) => /^[\d.\-/]+$/.test(cell.trim()))) return null;
  return names;
}

/** Day first or month first, from the date columns of the sample; "ask" when no value tells. */
function dayOrderOf(
  sample: string[][], columns: ColumnMap,
): { order: DayOrder | "ask" | null; example: string | null } {
  const dateColumns = (Object.entries(columns) as [FieldName, number[]][])
    .filter(([field]) => fieldTypes[field] === "date")
    .flatMap(([, at]) => at);
  const values = sample.flatMap((row) => dateColumns.map((i) => row[i] ?? ""));
  const slashed = values.filter((v) => SLASHED.test(cleanCell(v)));
  if (slashed.length === 0) return { order: null, example: null };
  const order = detectDayOrder(slashed) ?? "ask";
  // Shown as the question's example, in the file's own separators rather than a made-up date.
  const example = order === "ask" ? SLASHED.exec(cleanCell(slashed[0]))![0].trim() : null;
  return { order, example };
}

const SLASHED = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/;
