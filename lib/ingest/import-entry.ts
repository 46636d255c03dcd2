import type { Db } from "@/db/client";
import { log } from "@/lib/log";

import { findOrCreateSource } from "./find-source";

/** What the history keeps about an import whatever its outcome: the file and how it was read. */
export type ImportEntry = {
  source: string;
  fileName: string;
  fileBytes: number;
  preset: string;
  kind: string;
  encoding: string;
  createdBy: string;
  options: Record<string, unknown>;
};

/** The import's row in the history; its counts are filled in when it ends. */
export function insertImport(db: Db, sourceId: number, entry: ImportEntry, status: string): number {
  const row = db.$client
    .prepare(`INSERT INTO imports (source_id, file_name, file_bytes, preset, kind, encoding, status,
        created_by, options) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(sourceId, entry.fileName, entry.fileBytes, entry.preset, entry.kind, entry.encoding,
      status, entry.createdBy, JSON.stringify(entry.options));
  return Number(row.lastInsertRowid);
}

/**
 * A cancelled or failed import rolled back everything it wrote, its own row in
 * the history included. This puts that row back on its own, so an admin sees the
 * attempt, how far it got and why it stopped (a failure's message), and no data
 * of it. It never throws: failing to write the line must not hide why the import
 * stopped, so that failure is logged instead.
 */
export function recordUnfinishedImport(
  db: Db,
  entry: ImportEntry,
  end: { cancelled: boolean; rowsRead: number; error: unknown },
): void {
  const status = end.cancelled ? "cancelled" : "failed";
  const reason = end.error instanceof Error ? end.error.message : String(end.error);
  const message = end.cancelled ? null : reason;
  try {
    db.$client.transaction(() => {
      const source = findOrCreateSource(db, entry.source, entry.preset);
      const importId = insertImport(db, source.id, entry, status);
      db.$client
        .prepare(`UPDATE imports SET rows_read = ?, error_message = ?,
            finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`)
        .run(end.rowsRead, message?.slice(0, MAX_ERROR_CHARS) ?? null, importId);
    })();
  } catch (recording) {
    log.error("could not record the unfinished import",
      { fileName: entry.fileName, error: String(recording) });
  }
}

// Enough for a message and the start of its detail; a stack trace belongs in the log.
const MAX_ERROR_CHARS = 500;
