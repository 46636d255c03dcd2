import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";

import type { Db } from "@/db/client";
import { csvStream, type CsvCell } from "@/lib/export/csv";

export type ErrorFileLabels = {
  header: { row: string; column: string; value: string; level: string; reason: string };
  levels: Record<string, string>;
  reasons: Record<string, string>;
};

type StoredIssue = {
  row_number: number; column: string; value: string; level: string; reason: string;
};

/**
 * An import's rejected rows and warnings as a CSV to download, in the
 * user's language, through the app's safe CSV writer (BOM, neutralised
 * cells). Read a page at a time with no statement left open between pages,
 * so a file with a million bad rows stays cheap.
 */
export function errorFileStream(
  db: Db, importId: number, labels: ErrorFileLabels,
): ReadableStream<Uint8Array> {
  return csvStream(headerOf(labels), labelled(storedIssues(db, importId), labels));
}

/**
 * The same file for a run that kept nothing (a dry run, or a file whose every row was rejected):
 * its issues were saved by saveIssues before its transaction was rolled back.
 */
export function savedIssuesStream(
  file: string, labels: ErrorFileLabels,
): ReadableStream<Uint8Array> {
  return csvStream(headerOf(labels), labelled(savedIssues(file), labels));
}

/** Writes an import's issues as JSON lines, before a rollback takes them out of the database. */
export function saveIssues(db: Db, importId: number, file: string): void {
  const out = fs.openSync(file, "w");
  try {
    let lines: string[] = [];
    for (const issue of storedIssues(db, importId)) {
      lines.push(JSON.stringify(issue));
      if (lines.length < 1000) continue;
      fs.writeSync(out, `${lines.join("\n")}\n`);
      lines = [];
    }
    if (lines.length) fs.writeSync(out, `${lines.join("\n")}\n`);
  } finally {
    fs.closeSync(out);
  }
}

function headerOf(labels: ErrorFileLabels): string[] {
  const h = labels.header;
  return [h.row, h.column, h.value, h.level, h.reason];
}

// Warnings whose row was stored whole, under a key of its own, rather than without the value.
const keptApart = new Set(["order_id_taken", "order_id_reused"]);

/**
 * What became of the row an issue is about, as the error file and the terminal label it: its
 * level, but a row kept as an order of its own is no value ignored.
 */
export function issueOutcome(issue: { level: string; reason: string }): string {
  return keptApart.has(issue.reason) ? "kept_apart" : issue.level;
}

function rowOf(r: StoredIssue, labels: ErrorFileLabels): CsvCell[] {
  return [r.row_number, r.column, r.value, labels.levels[issueOutcome(r)] ?? r.level,
    labels.reasons[r.reason] ?? r.reason];
}

function* labelled(issues: Iterable<StoredIssue>, labels: ErrorFileLabels): Generator<CsvCell[]> {
  for (const issue of issues) yield rowOf(issue, labels);
}

function* storedIssues(db: Db, importId: number): Generator<StoredIssue> {
  const page = db.$client.prepare(`SELECT id, row_number, column, value, level, reason
    FROM import_errors
    WHERE import_id = ? AND id > ? ORDER BY id LIMIT 1000`);
  let after = 0;
  while (true) {
    const rows = page.all(importId, after) as (StoredIssue & { id: number })[];
    for (const { id, ...issue } of rows) {
      yield issue;
      after = id;
    }
    if (rows.length < 1000) return;
  }
}

/** The saved issues, read a megabyte at a time (csvStream pulls rows synchronously). */
function* savedIssues(file: string): Generator<StoredIssue> {
  const input = fs.openSync(file, "r");
  const buffer = Buffer.alloc(1 << 20);
  // A character cut by the megabyte boundary is completed by the next read.
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for (let read = fs.readSync(input, buffer); read > 0; read = fs.readSync(input, buffer)) {
      const lines = (rest + decoder.write(buffer.subarray(0, read))).split("\n");
      rest = lines.pop()!;
      for (const line of lines) if (line) yield JSON.parse(line) as StoredIssue;
    }
    if (rest) yield JSON.parse(rest) as StoredIssue;
  } finally {
    fs.closeSync(input);
  }
}
