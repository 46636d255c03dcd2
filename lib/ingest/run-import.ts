import fs from "node:fs";
import path from "node:path";

import { beginWhenFree } from "@/db/write-lock";
import type { Db } from "@/db/client";
import { resolveIdentities } from "@/lib/identity/resolve";
import { resolveBaseCurrency } from "@/lib/metrics/as-of";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { readSettings } from "@/lib/settings/read-settings";

import { collectGarbage, collectYoungGarbage } from "./collect-garbage";
import { saveOverlaps } from "./import-overlaps";
import { saveIssues } from "./error-file";
import { earlierStaffTickets, type EarlierStaffTickets } from "./earlier-staff-tickets";
import { findOrCreateSource } from "./find-source";
import { insertImport, recordUnfinishedImport, type ImportEntry } from "./import-entry";
import { ImportProblem } from "./import-problem";
import { countCustomers, ImportTally } from "./import-tally";
import { latestRun, unstatedCurrency } from "./latest-run";
import { fileCurrency } from "./file-currency";
import { fileReading } from "./file-reading";
import type { DayOrder } from "./normalise/dates";
import type { DecimalMark } from "./normalise/decimal-mark";
import { dayToIso, isoToDay, zonedText } from "./normalise/dates";
import { yenFor } from "./normalise/money";
import { cleanCell } from "./normalise/text";
import { planImport, type ImportPlan } from "./plan-import";
import { availablePresets, choosePreset, type MappingInput } from "./presets/available";
import { createSink } from "./record-sink";
import { resolveAttributes } from "./mapping/resolve-columns";
import { sharedFields } from "./mapping/shared-fields";
import { openRows } from "./read/open-rows";
import type { Encoding } from "./read/sniff-encoding";
import { RowReader } from "./rows/row-reader";
import { checkCells } from "./rows/cell-checks";
import type { RowIssue } from "./rows/types";
import { deferOrderIndexes } from "./write/deferred-indexes";
import { importOrderTotals, type ImportSales, type ImportStatus } from "./import-sales";
import type { OrderChange } from "./write/order-writer";
import { unratedOrders, type UnratedOrders } from "./unrated-orders";
import { IdentifierStore } from "./write/identifier-store";

export type ImportRequest = {
  file: string;
  fileName?: string;
  /** A preset id (built-in or saved); left out, the file is recognised by its header. */
  preset?: string;
  /** A mapping from the mapping screen, for a file no preset fits. */
  mapping?: MappingInput;
  source?: string;
  encoding?: Encoding;
  delimiter?: string;
  sheet?: string;
  dayOrder?: DayOrder;
  /** The amounts' decimal mark, for a file whose amounts read either way ("12.500"). */
  decimalMark?: DecimalMark;
  /** The currency of an order file that names none (no column, no mark, no preset rule). */
  currency?: string;
  /** The region of a file's national phone numbers, when not the preset's or the settings'. */
  phoneRegion?: string;
  dryRun?: boolean;
  /**
   * Where a run that keeps nothing (a dry run, or a file whose every row was rejected) leaves its
   * rejected rows and warnings before its rollback, for the error file to download.
   */
  issuesFile?: string;
  createdBy: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Once the file is placed: what the history would record if the process were killed. */
  onStart?: (entry: ImportEntry) => void;
  signal?: AbortSignal;
};

/** "waiting": for another process's import or rollback to finish, before reading a row. */
export type ImportPhase = "waiting" | "reading" | "resolving" | "metrics";
export type ImportProgress = { phase: ImportPhase; rowsRead: number; bytesRead: number; totalBytes: number; rowsPerSecond: number };

export type ImportSummary = {
  importId: number | null;
  dryRun: boolean;
  preset: string;
  kind: string;
  source: string;
  encoding: Encoding;
  format: string;
  rowsRead: number;
  recordsNew: number;
  recordsExisting: number;
  recordsUpdated: number;
  rowsRejected: number;
  rowsWarned: number;
  /** Rows that are no customer's (a help desk's agents), left out as the preset says: no faults. */
  rowsLeftOut: number;
  /** Every row was rejected: the import wrote nothing, as if it had been a dry run. */
  everyRowRejected: boolean;
  issues: RowIssue[];
  /** The first orders of earlier imports this one changed, before and after. */
  changes: OrderChange[];
  /** The new orders' sales per currency, and those that do not count. */
  sales: ImportSales[];
  /** The new orders' statuses, commonest first, and whether each counts as a sale. */
  statuses: ImportStatus[];
  /** The base currency reports convert to, and this import's orders in currencies without a rate to it. */
  baseCurrency: string;
  unrated: UnratedOrders[];
  /** The as-of date this import moved by more than a year (files of another period), else null. */
  asOfMoved: { from: string; to: string } | null;
  /**
   * The base currency this import changed, else null: with none set, reports follow the currency
   * most orders are in, and a file in another one can tip it.
   */
  baseCurrencyMoved: { from: string; to: string } | null;
  /** Tickets of earlier imports filed by the agents this file names as staff: they still count. */
  earlierStaffTickets: EarlierStaffTickets | null;
  /** Fields that several of the file's columns fill: the column used, and those read only where it is blank. */
  sharedColumns: { field: string; used: string; fallbacks: string[] }[];
  rowsNewCustomers: number;
  rowsExistingCustomers: number;
  customersNew: number;
  customersExisting: number;
  durationMs: number;
  /** Milliseconds per step: reading and writing rows, identity resolution, metrics. */
  steps: { read: number; resolve: number; metrics: number };
};

/**
 * Imports one file as one unit: everything it writes, the identity resolution
 * and the metric recompute commit together or not at all, so a process that
 * dies midway leaves nothing half-visible. A dry run reads, writes and
 * resolves the same way and rolls it back, so its counts are exactly what the
 * import would do; it leaves the metrics to the import. The
 * caller owns the connection for the duration (the command-line process).
 */
export async function runImport(db: Db, request: ImportRequest): Promise<ImportSummary> {
  let started = performance.now();
  const candidates = availablePresets(db);
  const chosen = choosePreset(db, request, candidates);
  const plan = await planImport({ ...request, preset: chosen }, candidates);
  if (plan.dayOrder === "ask") {
    throw new ImportProblem("ask_day_order", { example: plan.dayOrderExample ?? "" });
  }
  if (plan.decimalMark === "ask") {
    throw new ImportProblem("ask_decimal_mark", { example: plan.decimalMarkExample ?? "" });
  }
  // Records are keyed by source: two unnamed files of unknown shops, or of any shop's generic
  // layout, would share one and their order numbers collide.
  const sourceUnsaid = Boolean(request.mapping || plan.preset.generic) && !request.source?.trim();
  // An order file that names no currency is asked it: a guess stores euros as dollars. A vendor
  // preset knows its shop's, or takes the billing country's.
  const general = readSettings(db, "general");
  const said = fileCurrency({ said: request.currency, preset: plan.preset, rows: plan.sample,
    amountAt: plan.columns.amount?.[0] ?? -1, base: general.baseCurrency }) ?? undefined;
  const currencyUnsaid = plan.preset.kind === "order" && !plan.columns.currency && !said &&
    !plan.preset.currencyFromCountry;
  // Both at once, when both are missing: one question per run would take two runs to answer.
  if (sourceUnsaid) {
    throw new ImportProblem("source_needed", currencyUnsaid ? { currency: "needed" } : {});
  }
  if (currencyUnsaid) throw new ImportProblem("currency_needed", {});
  const totalBytes = (await fs.promises.stat(request.file)).size;
  const sqlite = db.$client;
  const fileName = request.fileName ?? path.basename(request.file);

  // The import writes only the source and import ids it has just created, so
  // checking them on every row is pure cost (a fifth of an order's insert);
  // the pragma cannot change inside a transaction, hence here.
  const checkedKeys = sqlite.pragma("foreign_keys", { simple: true }) === 1;
  sqlite.pragma("foreign_keys = OFF");
  // Sorting millions of orders by profile in memory is what made a large
  // import's memory grow with the file; on disk, SQLite spills and merges.
  const tempStore = sqlite.pragma("temp_store", { simple: true }) as number;
  sqlite.pragma("temp_store = FILE");
  // A quarter of the page cache the app reads with: the bench's 1 M orders (random emails) took
  // as long, 22–24 s either way, and peaked 50–60 MB lower; 5 M orders as well.
  const cacheSize = sqlite.pragma("cache_size", { simple: true }) as number;
  sqlite.pragma(`cache_size = ${IMPORT_CACHE_SIZE}`);
  const preset = plan.preset;
  const entry: ImportEntry = {
    source: request.source ?? preset.source, fileName, fileBytes: totalBytes, preset: preset.id,
    kind: preset.kind, encoding: plan.shape.encoding, createdBy: request.createdBy,
    options: { encoding: request.encoding, delimiter: request.delimiter, sheet: request.sheet,
      dayOrder: plan.dayOrder, decimalMark: request.decimalMark, mapping: request.mapping },
  };
  if (!request.dryRun) request.onStart?.(entry);
  // Outside the transaction's block: a cancelled or failed import still says how far it got.
  let reached: ImportTally | undefined;
  let begun = false;
  try {
    const waitFrom = performance.now();
    // Another import or rollback may be writing (its own process): this one waits its turn.
    await beginWhenFree(sqlite, { signal: request.signal, onWait: () => request.onProgress?.(
      { phase: "waiting", rowsRead: 0, bytesRead: 0, totalBytes, rowsPerSecond: 0 }) });
    begun = true;
    // Rows per second and the time taken count from here.
    started += performance.now() - waitFrom;
    const source = findOrCreateSource(db, entry.source, preset.id);
    const importId = insertImport(db, source.id, entry, "running");
    const before = latestRun(db);
    const tally = new ImportTally(db, importId);
    reached = tally;
    const estimatedRows = estimateRows(plan, totalBytes);
    const identifiers = new IdentifierStore(db, importId, source.key, estimatedRows);
    // A row that names no currency is in the file's, as said above; else (a blank cell of a
    // currency column) in the one reports are in.
    const defaultCurrency = said ?? unstatedCurrency(general.baseCurrency, before);
    const context = {
      ...fileReading(plan, request.phoneRegion, general),
      defaultCurrency,
      yen: yenFor(defaultCurrency),
      sourceKey: source.key,
      fileName,
    };
    const orderIdAt = plan.columns.orderId?.[0];
    const sink = createSink({
      db, preset, context, importId, sourceId: source.id, identifiers, tally,
      orderIdColumn: orderIdAt === undefined ? "orderId" : plan.headers[orderIdAt].trim(),
      contact: {
        attributes: resolveAttributes(plan.headers, preset.attributes),
        fileConsent: preset.consentFromFile?.({ fileName, headers: plan.headers }) ?? null,
        importedAt: zonedText(Date.now(), general.timeZone),
      },
    });

    const report = (phase: ImportProgress["phase"], bytesRead: number) => {
      const seconds = (performance.now() - started) / 1000;
      request.onProgress?.({ phase, rowsRead: tally.rowsRead, bytesRead, totalBytes,
        rowsPerSecond: seconds > 0 ? Math.round(tally.rowsRead / seconds) : 0 });
    };
    const deferred = preset.kind === "order" ? deferOrderIndexes(db, estimatedRows) : null;
    // Between the phases of a large import: a small one has little garbage to collect.
    const betweenPhases = estimatedRows >= 50_000 ? collectGarbage : () => {};
    const bytesRead = await readInto(request, plan, sink, tally, report);
    const read = performance.now();
    identifiers.finish();
    identifiers.forget();

    betweenPhases();
    report("resolving", bytesRead);
    deferred?.beforeResolution();
    resolveIdentities(db, { betweenSteps: betweenPhases });
    // Before the index build, whose sort would otherwise stack on the resolution's garbage.
    betweenPhases();
    deferred?.afterResolution();
    const customers = countCustomers(db, tally, identifiers.firstNew);
    // Their only reader: a million customers' row counts need not live through the metrics.
    tally.rowsByAnchor.clear();
    const resolved = performance.now();
    report("metrics", bytesRead);
    // The dry run's counts come from the rows and the resolution; the metrics it would change are
    // recomputed by the import itself (a 3-row dry run took 10 s on 370 k orders with them).
    const { asOfDay, currency } = request.dryRun
      ? reportingAfter(db)
      : recomputeMetrics(db, { betweenSteps: betweenPhases,
        betweenPeriods: estimatedRows >= 50_000 ? collectYoungGarbage : undefined });
    request.signal?.throwIfAborted();
    const steps = { read: Math.round(read - started), resolve: Math.round(resolved - read),
      metrics: Math.round(performance.now() - resolved) };

    // A file of which not one row reads is not imported: nothing half-useful is left behind.
    const keep = !request.dryRun && !tally.everyRowRejected;
    const totals = preset.kind === "order" ? importOrderTotals(db, importId) : { sales: [], statuses: [] };
    const summary: ImportSummary = {
      importId: keep ? importId : null,
      dryRun: Boolean(request.dryRun),
      preset: preset.id,
      kind: preset.kind,
      source: source.key,
      encoding: plan.shape.encoding,
      format: plan.shape.format,
      rowsRead: tally.rowsRead,
      recordsNew: tally.recordsNew,
      recordsExisting: tally.recordsExisting,
      recordsUpdated: tally.recordsUpdated,
      rowsRejected: tally.rowsRejected,
      rowsWarned: tally.rowsWarned,
      rowsLeftOut: tally.rowsLeftOut,
      everyRowRejected: tally.everyRowRejected,
      issues: tally.issues,
      changes: tally.changes,
      ...totals,
      ...unratedOrders(db, totals.sales),
      asOfMoved: before && Math.abs(asOfDay - before.asOfDay) > YEAR_DAYS
        ? { from: dayToIso(before.asOfDay), to: dayToIso(asOfDay) } : null,
      // Only orders stored before in the old currency lose their place in the reports: on a
      // database without any, the old one was a default, and the note would mislead.
      baseCurrencyMoved: !general.baseCurrency && before && before.currency !== currency &&
        hasEarlierOrders(db, before.currency, importId)
        ? { from: before.currency, to: currency } : null,
      earlierStaffTickets: preset.leaveOut ? earlierStaffTickets(db, importId) : null,
      sharedColumns: sharedFields(plan.columns).map(({ field, used, fallbacks }) => ({
        field, used: columnLabel(plan.headers, used),
        fallbacks: fallbacks.map((i) => columnLabel(plan.headers, i)) })),
      ...customers,
      durationMs: Math.round(performance.now() - started),
      steps,
    };
    sqlite
      .prepare(`UPDATE imports SET status = 'done', rows_read = ?, rows_rejected = ?,
        rows_warned = ?, rows_left_out = ?, records_new = ?, records_existing = ?, records_updated = ?,
        customers_new = ?, customers_existing = ?, rows_new_customers = ?, rows_existing_customers = ?,
        finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`)
      .run(tally.rowsRead, tally.rowsRejected, tally.rowsWarned, tally.rowsLeftOut, tally.recordsNew,
        tally.recordsExisting, tally.recordsUpdated, customers.customersNew, customers.customersExisting,
        customers.rowsNewCustomers,
        customers.rowsExistingCustomers, importId);
    saveOverlaps(db, importId, tally.foundIn);
    if (!keep && request.issuesFile) saveIssues(db, importId, request.issuesFile);
    sqlite.exec(keep ? "COMMIT" : "ROLLBACK");
    return summary;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    // Cancelled while it waited its turn: it never began, and the history has nothing to say.
    if (!request.dryRun && begun) {
      recordUnfinishedImport(db, entry,
        { cancelled: request.signal?.aborted ?? false, rowsRead: reached?.rowsRead ?? 0, error });
    }
    throw error;
  } finally {
    if (checkedKeys) sqlite.pragma("foreign_keys = ON");
    sqlite.pragma(`temp_store = ${tempStore}`);
    sqlite.pragma(`cache_size = ${cacheSize}`);
  }
}

/** The as-of day and reporting currency a recompute would take now, without recomputing. */
function reportingAfter(db: Db): { asOfDay: number; currency: string } {
  const models = readSettings(db, "models");
  const latest = db.$client.prepare("SELECT max(day) FROM orders WHERE counts = 1").pluck()
    .get() as number | null;
  const today = Math.floor(Date.now() / 86_400_000);
  const asOfDay = (models.asOf ? isoToDay(models.asOf) : null) ?? latest ?? today;
  return { asOfDay, currency: resolveBaseCurrency(db, readSettings(db, "general").baseCurrency) };
}

// In KiB, as SQLite takes a negative cache_size.
const IMPORT_CACHE_SIZE = -16_384;

// Past this, the new as-of date is worth a word: everyone without orders since looks lapsed.
const YEAR_DAYS = 365;

/** Streams the rows after the header into the sink; returns the bytes read. */
async function readInto(
  request: ImportRequest,
  plan: ImportPlan,
  sink: ReturnType<typeof createSink>,
  tally: ImportTally,
  report: (phase: "reading", bytesRead: number) => void,
): Promise<number> {
  const reader = new RowReader(plan.headers, plan.columns, plan.preset);
  const ends = new Set(plan.preset.endMarkers ?? []);
  // Cells past the header's are checked in delimited text; a workbook's unheaded columns are notes.
  const delimited = plan.shape.format === "text" && plan.shape.rowFormat.kind === "delimited";
  const width = delimited && plan.headerRow >= 0 ? plan.headers.length : Infinity;
  const delimiter = plan.shape.rowFormat.kind === "delimited" ? (plan.shape.rowFormat.delimiter ?? ",") : " ";
  const rows = openRows(request.file, plan.shape, { sheet: plan.sheet });
  const reportIssue = (issue: RowIssue) => tally.issue(issue);
  // Rows are counted as the head was: blank rows do not count towards the header's position.
  let seen = 0;
  let ended = false;
  for await (const batch of rows.batches) {
    request.signal?.throwIfAborted();
    const faults = new Map(batch.faults?.map((fault) => [fault.at, fault]));
    for (let k = 0; k < batch.rows.length && !ended; k++) {
      const cells = batch.rows[k];
      const fault = faults.get(k);
      if (!fault && !cells.some((cell) => cleanCell(cell) !== "")) continue;
      if (seen++ <= plan.headerRow) continue;
      if (fault) {
        tally.rowsRead++;
        tally.issue({ row: batch.first + k, column: "", value: fault.text, reason: fault.reason,
          level: "rejected" });
        continue;
      }
      if (ends.has(cleanCell(cells[0]))) {
        ended = true;
        break;
      }
      tally.rowsRead++;
      checkCells(cells, batch.first + k, plan.headers, width, reportIssue);
      reader.load(cells, batch.first + k);
      const rejected = tally.rowsRejected;
      sink.push(reader);
      // A row cut short is rejected for the first field it lacks ("the date is empty"): the
      // reason behind that reason goes with it.
      if (cells.length < width && width !== Infinity && tally.rowsRejected > rejected) {
        tally.issue({ row: batch.first + k, column: "", value: cells.join(delimiter),
          reason: "short_row", level: "rejected" });
      }
    }
    report("reading", rows.bytesRead());
    if (ended) break;
  }
  sink.flush();
  return rows.bytesRead();
}

/** A column by its header, and by its place too where another column has the same header. */
function columnLabel(headers: string[], at: number): string {
  const name = headers[at].trim();
  const twice = headers.some((header, i) => i !== at && header.trim() === name);
  return twice ? `${name} (column ${at + 1})` : name;
}

/** Rows in the whole file, from the bytes per row of its head (0 for a workbook: not known). */
function estimateRows(plan: ImportPlan, totalBytes: number): number {
  const lines = plan.shape.text.split("\n").length;
  return plan.shape.text ? totalBytes / Math.max(8, Buffer.byteLength(plan.shape.text) / lines) : 0;
}

function hasEarlierOrders(db: Db, currency: string, importId: number): boolean {
  return db.$client
    .prepare("SELECT 1 FROM orders WHERE currency = ? AND import_id <> ? LIMIT 1")
    .get(currency, importId) !== undefined;
}
