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
      // A quote that never closes takes every line after it into its field: that row is faulty.
      const faults = results.errors
        .filter((error) => error.code === "MissingQuotes" && error.row !== undefined)
        .map((error): RowFault => ({ at: error.row!, reason: "unclosed_quote",
          text: firstLine((results.data[error.row!] ?? []).join(results.meta.delimiter)) }));
      queue.push({ rows: results.data, first: next, ...(faults.length ? { faults } : {}) });
      next += results.data.length;
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

/** The row as far as its first line break, where the quote that never closed swallowed the rest. */
function firstLine(text: string): string {
  const end = text.indexOf("\n");
  return end < 0 ? text.slice(0, 200) : `${text.slice(0, Math.min(end, 200))} …`;
}
