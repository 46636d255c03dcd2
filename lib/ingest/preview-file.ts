import type { CountryCode } from "libphonenumber-js";

import type { Db } from "@/db/client";
import { readSettings } from "@/lib/settings/read-settings";

import { fieldTypes, type FieldName, type RecordKind } from "./fields";
import { fileCurrency, markedCurrency } from "./file-currency";
import { fileReading } from "./file-reading";
import { ImportProblem, type ProblemCode } from "./import-problem";
import { parseCell, type ParsedCell } from "./mapping/parse-value";
import { sharedFields, type SharedField } from "./mapping/shared-fields";
import { timesNote, type TimesNote } from "./mapping/times-note";
import { guessKind, suggestMapping } from "./mapping/suggest-mapping";
import { countryCode } from "./normalise/country";
import type { DecimalMark } from "./normalise/decimal-mark";
import { currencyOfCell, parseMoney, yenFor } from "./normalise/money";
import { isExcludedStatus, statusKey } from "./normalise/order-status";
import type { DayOrder } from "./normalise/dates";
import { cleanCell } from "./normalise/text";
import { planImport, readHead, type HeadFault } from "./plan-import";
import { availablePresets, choosePreset, type MappingInput } from "./presets/available";
import { closestPresets } from "./presets/detect";
import type { Preset } from "./presets/types";
import { listSheets } from "./read/read-xlsx";
import { sniffTable } from "./read/sniff-table";
import type { Encoding } from "./read/sniff-encoding";
import { RowReader } from "./rows/row-reader";
import { latestRun, unstatedCurrency } from "./latest-run";

const SHOWN_ROWS = 8;
const SHOWN_FAULTS = 10;

export type PreviewRequest = {
  file: string;
  preset?: string;
  mapping?: MappingInput;
  encoding?: Encoding;
  delimiter?: string;
  sheet?: string;
  dayOrder?: DayOrder;
  decimalMark?: DecimalMark;
  /** The currency the admin said for a file that names none. */
  currency?: string;
  /** The region the admin said a generic-preset file's national phone numbers are in. */
  phoneRegion?: string;
};

export type FilePreview = {
  format: string;
  encoding: Encoding;
  detectedEncoding: Encoding;
  sheets: string[];
  delimiter: string | null;
  /** The start of the file as decoded, so a wrong encoding shows before anything is imported. */
  text: string;
  /**
   * `generic`: a preset for any shop's file (generic orders, contacts…), whose source is asked.
   * `reads`: what the preset assumes of a file that does not say (its currency, phone region and
   * day order), shown so a saved preset's choices stay visible.
   */
  recognised: {
    preset: string; label: string; kind: RecordKind; source: string; generic: boolean;
    reads: { currency: string | null; phoneRegion: string | null; dayOrder: DayOrder | null;
      decimalMark: DecimalMark | null };
    /** A preset an admin saved: its mapping, to open on the mapping screen and change. */
    mapping: MappingInput | null;
  } | null;
  candidates: { preset: string; label: string; known: number; missing: string[] }[];
  problem: { code: ProblemCode; params: Record<string, string> } | null;
  kind: RecordKind;
  headers: string[];
  rows: string[][];
  /** The field each column maps to (the preset's, or a suggestion). */
  fields: (FieldName | null)[];
  /** Fields several columns fill: the column the import uses, and those it reads only where that one is blank. */
  shared: SharedField[];
  /** Per shown row, per column: the value as the import reads it. */
  parsed: (ParsedCell | null)[][];
  dayOrder: DayOrder | "ask" | null;
  /** The file's dates read either way: the day-order question stays, answered or not, to change. */
  dayOrderAsked: boolean;
  /** A date of the file that reads either way, for the question (as the file writes it). */
  dayOrderExample?: string | null;
  decimalMark: DecimalMark | "ask" | null;
  /**
   * An amount of the file that reads either way ("12.500"), with what each mark makes of it in
   * minor units: the decimal-mark question stays, answered or not, to change. Else null.
   */
  decimalMarkAsked: { example: string; point: number; comma: number } | null;
  /** A mapped order file without a currency column: the currency said for it, the one assumed. */
  currency: { chosen: string | null; unstated: string } | null;
  /** An order file's statuses in its first rows, and whether an order with each is a sale. */
  statuses: StatusPreview | null;
  /**
   * A mapped file with phone numbers: the region a number without a country code is read in (the
   * mapping's, else the settings'). A row's country column, when mapped, still decides its own.
   */
  phoneRegion: string | null;
  /** How the file's times land on the store's calendar, when one can move a day (else null). */
  times: TimesNote | null;
  /** The first rows the reader cannot make out (broken JSON lines, unclosed quotes): rejected. */
  faults: HeadFault[];
};

export type StatusPreview = {
  seen: { status: string; counts: boolean }[];
  /** The statuses that do not count: the admin's list, else the preset's. */
  excluded: string[];
  /** The admin chose them on the mapping screen (else the usual words for "no sale" apply). */
  chosen: boolean;
};

/**
 * What the upload screen shows before anything is written: the decoded
 * text, the preset that recognised the file (or the closest ones and a
 * suggested mapping), the first rows and each mapped value as it will be
 * read, and whether the file's dates need a day order.
 */
export async function previewFile(db: Db, request: PreviewRequest): Promise<FilePreview> {
  const general = readSettings(db, "general");
  // Read as detected, then as the admin chose: a wrong choice can make text look binary.
  const detected = await sniffTable(request.file).catch(fileProblem);
  if ("code" in detected) return notATable(detected, request.encoding ?? "utf-8", "utf-8");
  const chosen = request.encoding || request.delimiter;
  const shape = chosen ? await sniffTable(request.file, request).catch(fileProblem) : detected;
  if ("code" in shape) {
    return notATable(shape, request.encoding ?? detected.encoding, detected.encoding);
  }
  const sheets = shape.format === "xlsx" ? await listSheets(request.file).catch(fileProblem) : [];
  if ("code" in sheets) return { ...notATable(sheets, shape.encoding, detected.encoding), format: "xlsx" };
  const candidates = availablePresets(db);
  const base = {
    format: shape.format,
    encoding: shape.encoding,
    detectedEncoding: detected.encoding,
    sheets,
    delimiter: shape.rowFormat.kind === "delimited" ? (shape.rowFormat.delimiter ?? ",") : null,
    text: shape.text.slice(0, 3000),
  };

  try {
    const plan = await planImport({ ...request, preset: choosePreset(db, request, candidates) }, candidates);
    const rows = plan.sample.slice(0, SHOWN_ROWS);
    const fields = plan.headers.map((_, i) => fieldOfColumn(plan.columns, i));
    const unstated = unstatedCurrency(general.baseCurrency, latestRun(db));
    // A vendor preset has its own rule for a file with no currency column; a mapping or a generic
    // preset (any shop's file), the admin's word.
    const asked = request.mapping !== undefined || plan.preset.generic === true;
    const currency = asked
      ? currencyChoice(plan.preset, fields, plan.sample,
        { said: request.currency, base: general.baseCurrency, unstated })
      : null;
    // Until the admin says the currency, a bare ¥ is shown as the file wrote it, not as yuan.
    const yen = currency && !currency.chosen
      ? null
      : yenFor(currency?.chosen ?? plan.preset.currency ?? unstated);
    const options = { ...fileReading(plan, request.phoneRegion, general),
      fileTimeZone: plan.preset.fileTimeZone, yen };
    const reader = new RowReader(plan.headers, plan.columns, plan.preset);
    // A row's own country decides how its national phone number reads, as in the import; its
    // currency cell, else the file's currency once known, names the currency its amounts are in.
    const countryAt = fields.indexOf("country");
    const currencyAt = fields.indexOf("currency");
    const fileMoney = currency ? currency.chosen : (plan.preset.currency ?? null);
    // A line-item row under an order's first (Shopify names the currency only there) is in the
    // order's currency, as the import reads it.
    const orderAt = fields.indexOf("orderId");
    let lastOrder = { id: "", currency: null as string | null };
    const optionsFor = (row: string[]) => {
      const country = countryAt >= 0 ? countryCode(cleanCell(row[countryAt] ?? "")) : null;
      const stated = currencyAt >= 0 ? cleanCell(row[currencyAt] ?? "") : "";
      const orderId = orderAt >= 0 ? cleanCell(row[orderAt] ?? "") : "";
      const sameOrder = orderId !== "" && orderId === lastOrder.id;
      const rowMoney = stated ? currencyOfCell(stated) : sameOrder ? lastOrder.currency : fileMoney;
      lastOrder = { id: orderId, currency: rowMoney };
      return { ...options, currency: rowMoney,
        ...(country ? { phoneRegion: country as CountryCode } : {}) };
    };
    const parsed = rows.map((row) => {
      const rowOptions = optionsFor(row);
      reader.load(row, 0);
      return row.map((cell, i) => {
        const field = fields[i];
        if (!field) return null;
        // What a preset's own reading makes of the value (Zendesk's `via` object is its channel).
        const own = plan.preset.refine && plan.columns[field]?.[0] === i;
        const refined = own ? reader.read(field) : cell;
        return parseCell(field, refined, rowOptions);
      });
    });
    return {
      ...base,
      recognised: request.mapping ? null : { preset: plan.preset.id, label: plan.preset.label,
        kind: plan.preset.kind, source: plan.preset.source, generic: plan.preset.generic === true,
        // A day order only for a file with dates to read by it.
        reads: { currency: plan.preset.currency ?? null,
          phoneRegion: plan.preset.phoneRegion ?? null,
          dayOrder: fields.some((field) => field && fieldTypes[field] === "date")
            ? (plan.preset.dayOrder ?? null) : null,
          decimalMark: plan.preset.decimalMark ?? null },
        mapping: plan.preset.mapping ?? null },
      // Read through a mapping, the file is still one no preset knows: the closest stay named.
      candidates: request.mapping
        ? closestCandidates(plan.headers, candidates, plan.preset.kind)
        : [],
      problem: null,
      kind: plan.preset.kind,
      headers: plan.headers,
      rows,
      fields,
      shared: sharedFields(plan.columns),
      parsed,
      times: timesNote(fields, rows, parsed,
        { store: general.timeZone, file: plan.preset.fileTimeZone }),
      faults: plan.headFaults.slice(0, SHOWN_FAULTS),
      dayOrder: plan.dayOrder,
      dayOrderAsked: plan.fileDayOrder === "ask",
      dayOrderExample: plan.dayOrderExample,
      decimalMark: plan.decimalMark,
      decimalMarkAsked: decimalMarkReadings(plan.decimalMarkExample),
      currency,
      statuses: statusesSeen(plan.preset, plan.sample, fields.indexOf("status"),
        request.mapping?.excludedStatuses !== undefined),
      // Asked where the currency is: a mapped file, or any shop's file a generic preset reads.
      phoneRegion: asked && fields.includes("phone") ? options.phoneRegion : null,
    };
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    const placed = await unplaced(request, shape, candidates);
    // A header and nothing under it: nothing to map, whatever the columns are (unless another
    // sheet of the workbook is recognised: the page opens that one).
    const problem = placed.rows.length === 0 && placed.headers.length > 0 && !error.params.sheet
      ? { code: "no_rows" as const, params: {} }
      : { code: error.code, params: error.params };
    return { ...base, ...placed, problem };
  }
}

/** What an amount that reads either way is with a point and with a comma for its decimal mark. */
function decimalMarkReadings(example: string | null): FilePreview["decimalMarkAsked"] {
  if (example === null) return null;
  const read = (mark: DecimalMark) => parseMoney(example, "CNY", mark)?.minor ?? 0;
  return { example, point: read("."), comma: read(",") };
}

/** A problem of the file as a whole, as the preview reports it; any other error is thrown on. */
function fileProblem(error: unknown): NonNullable<FilePreview["problem"]> {
  if (!(error instanceof ImportProblem)) throw error;
  return { code: error.code, params: error.params };
}

/** A file with no table to show: not text at all (or not in the encoding chosen). */
function notATable(problem: NonNullable<FilePreview["problem"]>, encoding: Encoding,
  detectedEncoding: Encoding): FilePreview {
  return {
    format: "text", encoding, detectedEncoding, sheets: [], delimiter: null,
    text: "", recognised: null, candidates: [], problem, kind: "order", headers: [], rows: [],
    fields: [], shared: [], parsed: [], dayOrder: null, dayOrderAsked: false, decimalMark: null,
    decimalMarkAsked: null, currency: null, statuses: null, phoneRegion: null, times: null,
    faults: [],
  };
}

/** For a file no preset fits: its first rows, the closest presets and a suggested mapping. */
async function unplaced(request: PreviewRequest, shape: Awaited<ReturnType<typeof sniffTable>>, candidates: ReturnType<typeof availablePresets>) {
  const { rows, faulty, under } = await readHead(request.file, shape, request.sheet);
  const headers = rows[0] ?? [];
  const sample = rows.slice(1).filter((_, i) => !faulty.has(i + 1)).slice(0, SHOWN_ROWS);
  const kind = request.mapping?.kind ?? guessKind(headers, sample);
  const mapped = request.mapping?.columns;
  return {
    recognised: null,
    candidates: closestCandidates(headers, candidates, kind),
    kind,
    headers,
    rows: sample,
    // The admin's own choices once there are any, else suggestions (for the kind chosen, if any).
    fields: mapped && Object.keys(mapped).length > 0
      ? headers.map((header) => (Object.entries(mapped) as [FieldName, string[]][]).find(([, h]) => h.includes(header))?.[0] ?? null)
      : suggestMapping(headers, sample, kind),
    shared: [],
    parsed: [],
    dayOrder: null,
    dayOrderAsked: false,
    decimalMark: null,
    decimalMarkAsked: null,
    currency: null,
    statuses: null,
    phoneRegion: null,
    times: null,
    faults: under(0).slice(0, SHOWN_FAULTS),
  };
}

function closestCandidates(
  headers: string[], presets: Preset[], kind: RecordKind,
): FilePreview["candidates"] {
  return closestPresets(headers, presets, kind)
    .map(({ preset, known, missing }) => ({ preset: preset.id, label: preset.label, known,
      missing }));
}

/** The currency question of a file without a currency column, over the import's first rows. */
function currencyChoice(
  preset: Preset, fields: (FieldName | null)[], rows: string[][],
  known: { said: string | undefined; base: string | null; unstated: string },
) {
  const amountAt = fields.indexOf("amount");
  // Amounts that carry their currency ("€ 18,00") say it on every row: nothing to ask.
  if (preset.kind !== "order" || fields.includes("currency") || markedCurrency(rows, amountAt)) {
    return null;
  }
  const chosen = fileCurrency({ said: known.said, preset, rows, amountAt, base: known.base });
  return { chosen, unstated: known.unstated };
}

// More distinct statuses than this in a file's head are not all listed: the first ones are.
const LISTED_STATUSES = 20;

function statusesSeen(
  preset: Preset, sample: string[][], statusAt: number, chosen: boolean,
): StatusPreview | null {
  if (preset.kind !== "order" || statusAt < 0) return null;
  const excluded = preset.excludedStatuses ?? [];
  const seen = new Map<string, string>();
  for (const row of sample) {
    const status = cleanCell(row[statusAt] ?? "");
    const key = statusKey(status);
    if (status && !seen.has(key)) seen.set(key, status);
  }
  return {
    seen: [...seen.values()].slice(0, LISTED_STATUSES)
      .map((status) => ({ status, counts: !isExcludedStatus(status, excluded) })),
    excluded,
    chosen,
  };
}

function fieldOfColumn(columns: Partial<Record<FieldName, number[]>>, column: number): FieldName | null {
  for (const [field, at] of Object.entries(columns) as [FieldName, number[]][]) {
    if (at.includes(column)) return field;
  }
  return null;
}
