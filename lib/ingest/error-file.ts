import type { Db } from "@/db/client";
import { csvStream, type CsvCell } from "@/lib/export/csv";

export type ErrorFileLabels = {
  header: { row: string; column: string; value: string; level: string; reason: string };
  levels: Record<string, string>;
  reasons: Record<string, string>;
};

/**
 * An import's rejected rows and warnings as a CSV to download, in the
 * user's language, through the app's safe CSV writer (BOM, neutralised
 * cells). Read a page at a time with no statement left open between pages,
 * so a file with a million bad rows stays cheap.
 */
export function errorFileStream(db: Db, importId: number, labels: ErrorFileLabels): ReadableStream<Uint8Array> {
  const h = labels.header;
  return csvStream([h.row, h.column, h.value, h.level, h.reason], errorRows(db, importId, labels));
}

function* errorRows(db: Db, importId: number, labels: ErrorFileLabels): Generator<CsvCell[]> {
  const page = db.$client.prepare(`SELECT id, row_number, column, value, level, reason FROM import_errors
    WHERE import_id = ? AND id > ? ORDER BY id LIMIT 1000`);
  let after = 0;
  while (true) {
    const rows = page.all(importId, after) as {
      id: number; row_number: number; column: string; value: string; level: string; reason: string;
    }[];
    for (const r of rows) {
      yield [r.row_number, r.column, r.value, labels.levels[r.level] ?? r.level, labels.reasons[r.reason] ?? r.reason];
      after = r.id;
    }
    if (rows.length < 1000) return;
  }
}
