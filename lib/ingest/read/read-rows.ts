import readline from "node:readline";
import type { Readable } from "node:stream";

import Papa from "papaparse";

/**
 * Rows of cells in file order, blank ones included; `first` is the spreadsheet row of rows[0].
 * `faults` are the rows the reader could not make out (at their index in `rows`): each is
 * rejected with its reason and the text it was read from, never skipped as if blank.
 */
export type RowBatch = { rows: string[][]; first: number; faults?: RowFault[] };

export type RowFault = { at: number; reason: "not_json_object" | "unclosed_quote"; text: string };

export type RowFormat =
  | { kind: "delimited"; delimiter?: string }
  | { kind: "whitespace" };

/**
 * Streams rows out of decoded text in batches. Delimited text goes through
 * papaparse, which keeps quoted line breaks inside a field even when they
 * straddle a chunk boundary; whitespace-separated logs (CDNOW) are split by line.
 */
export function readRows(text: Readable, format: RowFormat): AsyncIterable<RowBatch> {
  return format.kind === "whitespace" ? readWhitespace(text) : readDelimited(text, format.delimiter);
}

async function* readWhitespace(text: Readable): AsyncIterable<RowBatch> {
  const lines = readline.createInterface({ input: text, crlfDelay: Infinity });
  let rows: string[][] = [];
  let first = 1;
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const trimmed = raw.trim();
      if (rows.length === 0) first = line;
      // A blank line is an empty row, so the rows after it keep their line numbers.
      rows.push(trimmed === "" ? [] : trimmed.split(/\s+/));
      if (rows.length >= 5000) {
        yield { rows, first };
        rows = [];
      }
    }
    if (rows.length) yield { rows, first };
  } finally {
    // A reader that stops early (a preview) must not leave the file open.
    lines.close();
    text.destroy();
  }
}

async function* readDelimited(text: Readable, delimiter?: string): AsyncIterable<RowBatch> {
  const queue: RowBatch[] = [];
  let done = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  let next = 1;
  const notify = () => {
    wake?.();
    wake = null;
  };

  Papa.parse<string[]>(text as unknown as File, {
    delimiter: delimiter ?? "",
    delimitersToGuess: [",", "\t", ";", "|"],
    // Blank rows stay (readers skip them) so that rows keep their spreadsheet numbers.
    skipEmptyLines: false,
    chunkSize: 1 << 20,
    chunk(results) {
      const { rows, faults } = swallowedRowsBack(results.data, results.errors, results.meta.delimiter);
      queue.push({ rows, first: next, ...(faults.length ? { faults } : {}) });
      next += rows.length;
      // Back-pressure on the byte stream (papaparse's own pause is unsafe in
      // chunk mode): no more data events until the consumer has caught up.
      if (queue.length > 2) text.pause();
      notify();
    },
    complete() {
      done = true;
      notify();
    },
    error(error: Error) {
      failure = error;
      notify();
    },
  });

  try {
    while (true) {
      if (queue.length) {
        const batch = queue.shift()!;
        if (queue.length <= 1) text.resume();
        yield batch;
        continue;
      }
      if (failure) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    text.destroy();
  }
}

/**
 * A quote that opens a field and never closes (or closes in the wrong place, as in an unquoted
 * `=HYPERLINK("a","b")` cut at its comma) takes the lines after it into that field: every row to
 * the end of the file, or to the next quote. That row is faulty; the lines it swallowed are read
 * again as rows of their own, so one bad cell costs one row, not the rest of the file.
 */
function swallowedRowsBack(
  data: string[][], errors: Papa.ParseError[], delimiter: string,
): { rows: string[][]; faults: RowFault[] } {
  const rows: string[][] = [];
  const faults: RowFault[] = [];
  type Pending = { data: string[][]; bad: Set<number> };
  let pending: Pending | null = { data, bad: quoteFaults(errors) };
  // A loop, not recursion: a file with a broken quote on every other row goes as deep as it is long.
  while (pending) {
    const { data: batch, bad }: Pending = pending;
    pending = null;
    for (let i = 0; i < batch.length; i++) {
      if (!bad.has(i)) {
        rows.push(batch[i]);
        continue;
      }
      const text: string = batch[i].join(delimiter);
      faults.push({ at: rows.length, reason: "unclosed_quote", text: firstLine(text) });
      rows.push(batch[i]);
      const end = text.indexOf("\n");
      if (end < 0) continue;
      const again: Papa.ParseResult<string[]> =
        Papa.parse<string[]>(text.slice(end + 1), { delimiter, skipEmptyLines: false });
      const later = [...bad].filter((row) => row > i).map((row) => row - i - 1 + again.data.length);
      pending = { data: [...again.data, ...batch.slice(i + 1)],
        bad: new Set([...quoteFaults(again.errors), ...later]) };
      break;
    }
  }
  return { rows, faults };
}

/** The rows whose quotes went wrong in a way that may have swallowed the lines after them. */
function quoteFaults(errors: Papa.ParseError[]): Set<number> {
  return new Set(errors
    .filter((error) => error.code === "MissingQuotes" && error.row !== undefined)
    .map((error) => error.row!));
}

/** The row as far as its first line break, where the quote that never closed swallowed the rest. */
function firstLine(text: string): string {
  const end = text.indexOf("\n");
  return end < 0 ? text.slice(0, 200) : `${text.slice(0, Math.min(end, 200))} …`;
}
