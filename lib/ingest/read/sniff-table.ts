import Papa from "papaparse";

import { ImportProblem } from "../import-problem";

import { decodeHead, readHead, readLaterBlocks } from "./decode";
import type { RowFormat } from "./read-rows";
import { sniffEncoding, type Encoding } from "./sniff-encoding";

export type FileFormat = "text" | "xlsx" | "jsonl";

/** How a file is read: what it is, its encoding, and how its text splits into cells. */
export type TableShape = {
  format: FileFormat;
  encoding: Encoding;
  rowFormat: RowFormat;
  /** The decoded start of the file, shown so a wrong encoding is visible before import. */
  text: string;
};

export const HEAD_ROWS = 50;

/** Looks at the first bytes of a file: spreadsheet, JSON lines or delimited text, and its encoding. */
export async function sniffTable(file: string, given: { encoding?: Encoding; delimiter?: string } = {}): Promise<TableShape> {
  const head = await readHead(file);
  if (head[0] === 0x50 && head[1] === 0x4b) {
    return { format: "xlsx", encoding: "utf-8", rowFormat: { kind: "delimited" }, text: "" };
  }
  const encoding = given.encoding ?? sniffEncoding(head, await readLaterBlocks(file, head.length));
  const text = dropPartialLine(decodeHead(head, encoding));
  if (looksBinary(text)) throw new ImportProblem("not_text", {});
  if (/^\s*\{/.test(text)) return { format: "jsonl", encoding, rowFormat: { kind: "delimited" }, text };
  return { format: "text", encoding, rowFormat: guessRowFormat(text, given.delimiter), text };
}

/** Delimited unless no delimiter splits the lines the same way and whitespace does (CDNOW's log). */
function guessRowFormat(text: string, delimiter?: string): RowFormat {
  if (delimiter) return { kind: "delimited", delimiter };
  const parsed = Papa.parse<string[]>(text, { preview: HEAD_ROWS, delimitersToGuess: [",", "\t", ";", "|"], skipEmptyLines: "greedy" });
  const guessed = parsed.meta.delimiter;
  const widths = parsed.data.map((row) => row.length);
  if (widths.length > 0 && widths.every((w) => w === 1)) {
    const lines = text.split(/\r?\n/).filter((line) => line.trim()).slice(0, HEAD_ROWS);
    const split = lines.map((line) => line.trim().split(/\s+/).length);
    if (split.length && split[0] > 1 && split.every((n) => n === split[0])) return { kind: "whitespace" };
  }
  return { kind: "delimited", delimiter: guessed || "," };
}

// Text files hold tabs and line breaks, no other control characters; any encoding decodes
// binary bytes to something (GB18030 to anything), but their controls remain.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
// A few strays (a bell pasted into a note) do not make a file binary.
const MAX_CONTROL_SHARE = 0.02;
const STRAY_CONTROLS = 8;

/** A file that is not text at all (an image, an archive, a binary renamed .csv). */
function looksBinary(text: string): boolean {
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > STRAY_CONTROLS && controls > MAX_CONTROL_SHARE * text.length;
}

/** The head is cut at a byte count; its last line may be cut in the middle. */
function dropPartialLine(text: string): string {
  const end = text.lastIndexOf("\n");
  return end > 0 ? text.slice(0, end + 1) : text;
}
