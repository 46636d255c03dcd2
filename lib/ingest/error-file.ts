import type { Db } from "@/db/client";

export type ErrorFileLabels = {
  header: { row: string; column: string; value: string; level: string; reason: string };
  levels: Record<string, string>;
  reasons: Record<string, string>;
};

// A cell a spreadsheet would run as a formula: =, +, - or @ after optional spaces, or a tab or CR first.
const formulaStart = /^ *[=+\-@\t\r]/;

/** One CSV cell, quoted as RFC 4180 wants and made inert for Excel and WPS with a leading quote. */
export function safeCsvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * An import's rejected rows and warnings as a CSV to download, in the
 * user's language: UTF-8 with a BOM (so Excel on Chinese Windows reads it),
 * one line per problem with the row, column, value and reason. Streamed a
 * batch at a time, so a file with a million bad rows stays cheap.
 */
export function errorFileStream(db: Db, importId: number, labels: ErrorFileLabels): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const page = db.$client.prepare(`SELECT id, row_number, column, value, level, reason FROM import_errors
    WHERE import_id = ? AND id > ? ORDER BY id LIMIT 1000`);
  let after = 0;
  let started = false;
  return new ReadableStream({
    pull(controller) {
      let chunk = "";
      if (!started) {
        const h = labels.header;
        chunk = `\uFEFF${[h.row, h.column, h.value, h.level, h.reason].map(safeCsvCell).join(",")}\r\n`;
        started = true;
      }
      const rows = page.all(importId, after) as { id: number; row_number: number; column: string; value: string; level: string; reason: string }[];
      for (const r of rows) {
        const cells = [r.row_number, r.column, r.value, labels.levels[r.level] ?? r.level, labels.reasons[r.reason] ?? r.reason];
        chunk += `${cells.map(safeCsvCell).join(",")}\r\n`;
        after = r.id;
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (rows.length < 1000) controller.close();
    },
  });
}
