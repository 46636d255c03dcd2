import fs from "node:fs";
import path from "node:path";

import type { CountryCode } from "libphonenumber-js";

import type { Db } from "@/db/client";
import { resolveIdentities } from "@/lib/identity/resolve";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { readSettings } from "@/lib/settings/read-settings";

import { OrderAssembler } from "./assemble-orders";
import { findOrCreateSource } from "./find-source";
import { mapOrderRow, resolveColumns, type Rejection } from "./map-order-row";
import { OrderWriter } from "./order-writer";
import { findPreset, presets } from "./presets";
import { detectFileEncoding, openDecoded } from "./read/decode";
import { readRows } from "./read/read-rows";
import type { Encoding } from "./read/sniff-encoding";
import { ImportProblem } from "./import-problem";

export type ImportRequest = {
  file: string;
  fileName?: string;
  preset: string;
  source?: string;
  encoding?: Encoding;
  dryRun?: boolean;
  createdBy: string;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
};

export type ImportProgress = { rowsRead: number; bytesRead: number; totalBytes: number };

export type ImportSummary = {
  importId: number | null;
  dryRun: boolean;
  preset: string;
  source: string;
  encoding: Encoding;
  rowsRead: number;
  ordersNew: number;
  ordersExisting: number;
  rowsRejected: number;
  rejections: Rejection[];
  customersNew: number;
  customersExisting: number;
  durationMs: number;
};

const SHOWN_REJECTIONS = 20;

/**
 * Imports one file as one unit: everything it writes, the identity resolution
 * and the metric recompute commit together or not at all. A dry run does the
 * same work and rolls it back, so its counts are exactly what an import would
 * do. The caller owns the connection for the duration (the CLI process).
 */
export async function runImport(db: Db, request: ImportRequest): Promise<ImportSummary> {
  const started = performance.now();
  const preset = findPreset(request.preset);
  if (!preset) {
    throw new ImportProblem("unknown_preset", { preset: request.preset, known: presets.map((p) => p.id).join(", ") });
  }
  const totalBytes = (await fs.promises.stat(request.file)).size;
  const encoding = request.encoding ?? (await detectFileEncoding(request.file));
  const general = readSettings(db, "general");
  const sqlite = db.$client;

  sqlite.exec("BEGIN IMMEDIATE");
  try {
    const source = findOrCreateSource(db, request.source ?? preset.id, preset.id);
    const importId = Number(
      sqlite
        .prepare(`INSERT INTO imports (source_id, file_name, file_bytes, preset, encoding, status, created_by)
          VALUES (?, ?, ?, ?, ?, 'running', ?)`)
        .run(source.id, request.fileName ?? path.basename(request.file), totalBytes, preset.id, encoding, request.createdBy)
        .lastInsertRowid,
    );
    const writer = new OrderWriter(db, importId, source.id, preset.combine);
    const counts = { rowsRead: 0, ordersNew: 0, ordersExisting: 0, rowsRejected: 0 };
    const rejections: Rejection[] = [];
    const saveRejection = sqlite.prepare(
      "INSERT INTO import_errors (import_id, row_number, column, value, reason) VALUES (?, ?, ?, ?, ?)",
    );
    const reject = (rejection: Rejection) => {
      counts.rowsRejected++;
      if (rejections.length < SHOWN_REJECTIONS) rejections.push(rejection);
      saveRejection.run(importId, rejection.row, rejection.column, rejection.value.slice(0, 500), rejection.reason);
    };
    const touchedIdentifiers = new Set<number>();
    const assembler = new OrderAssembler(preset.combine, (order) => {
      const outcome = writer.write(order);
      if (outcome === "new") counts.ordersNew++;
      if (outcome === "existing") counts.ordersExisting++;
      touchedIdentifiers.add(writer.identify(order.identifiers[0]).id);
    });

    const { text, bytesRead } = openDecoded(request.file, encoding);
    let columns: ReturnType<typeof resolveColumns> & { headers: string[] } | null = null;
    const context = {
      timeZone: general.timeZone,
      phoneRegion: general.phoneRegion as CountryCode,
      defaultCurrency: preset.currency ?? general.baseCurrency ?? "USD",
      sourceKey: source.key,
    };
    for await (const batch of readRows(text, preset.format)) {
      request.signal?.throwIfAborted();
      batch.rows.forEach((cells, k) => {
        const row = batch.first + k;
        if (!columns) {
          const headerless = preset.headerless?.[cells.length];
          const headers = headerless && resolveColumns(cells, preset).missing.length ? headerless : cells;
          columns = { ...resolveColumns(headers, preset), headers };
          if (columns.missing.length) {
            throw new ImportProblem("missing_columns", { missing: columns.missing.join(", "), found: cells.join(", ") });
          }
          if (headers === cells) return;
        }
        counts.rowsRead++;
        const mapped = mapOrderRow(cells, row, columns, preset, context);
        if ("reason" in mapped) reject(mapped);
        else assembler.push(mapped);
      });
      request.onProgress?.({ rowsRead: counts.rowsRead, bytesRead: bytesRead(), totalBytes });
    }
    assembler.flush();
    if (!columns) throw new ImportProblem("empty_file", {});

    const existingProfiles = profilesOf(db, touchedIdentifiers);
    resolveIdentities(db);
    const afterProfiles = profilesOf(db, touchedIdentifiers);
    const customersExisting = [...afterProfiles].filter((id) => existingProfiles.has(id)).length;
    recomputeMetrics(db);

    const summary: ImportSummary = {
      importId: request.dryRun ? null : importId,
      dryRun: Boolean(request.dryRun),
      preset: preset.id,
      source: source.key,
      encoding,
      ...counts,
      rejections,
      customersNew: afterProfiles.size - customersExisting,
      customersExisting,
      durationMs: Math.round(performance.now() - started),
    };
    sqlite
      .prepare(`UPDATE imports SET status = 'done', rows_read = ?, rows_rejected = ?, records_new = ?,
        records_existing = ?, customers_new = ?, customers_existing = ?,
        finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`)
      .run(counts.rowsRead, counts.rowsRejected, counts.ordersNew, counts.ordersExisting,
        summary.customersNew, summary.customersExisting, importId);
    sqlite.exec(request.dryRun ? "ROLLBACK" : "COMMIT");
    return summary;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  }
}

/** The profiles that hold these identifiers, before or after resolution. */
function profilesOf(db: Db, identifierIds: Set<number>): Set<number> {
  const find = db.$client.prepare("SELECT profile_id FROM identifiers WHERE id = ?").pluck();
  const found = new Set<number>();
  for (const id of identifierIds) {
    const profile = find.get(id) as number | null;
    if (profile !== null) found.add(profile);
  }
  return found;
}
