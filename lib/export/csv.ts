/**
 * CSV that Excel (also in Chinese) and WPS open safely: UTF-8 with a BOM so
 * 林小雨 is not mojibake, CRLF line ends, RFC 4180 quoting, and text cells
 * that a spreadsheet would run as a formula neutralised with a leading
 * quote. Only the file is changed: the database keeps the original text.
 */
export const UTF8_BOM = "\uFEFF";

/** A number the app computed itself: written as is, never neutralised (−12.50 stays a number). */
export class CsvNumber {
  constructor(readonly text: string) {}
}

export type CsvCell = string | number | CsvNumber | null | undefined;

/** A money or decimal value with a fixed number of places, written as a plain number. */
export const fixedNumber = (value: number, digits: number) => new CsvNumber(value.toFixed(digits));

// =, +, - or @ after optional spaces, or a leading tab or carriage return, starts a formula.
const formulaStart = /^ *[=+\-@\t\r]/;

/** Text a spreadsheet would evaluate, made inert with a leading single quote. */
export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof CsvNumber) return quote(cell.text);
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return quote(neutralise(cell));
}

export function csvLine(cells: CsvCell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/**
 * A streamed file: rows are pulled from the iterator a batch at a time as
 * the client reads, so memory stays flat for a million-row export. The
 * iterator must not hold a database statement open between batches.
 */
export function csvStream(
  header: string[],
  rows: Iterator<CsvCell[]>,
  batch = 1000,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream({
    pull(controller) {
      let chunk = started ? "" : UTF8_BOM + csvLine(header);
      started = true;
      for (let i = 0; i < batch; i++) {
        const next = rows.next();
        if (next.done) {
          controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}
