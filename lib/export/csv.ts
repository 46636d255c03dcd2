/**
 * CSV for people to open in Excel or WPS: UTF-8 with a byte-order mark (so
 * Chinese text is not read as the ANSI code page), RFC 4180 quoting, and
 * text cells that a spreadsheet would run as a formula made inert.
 */

/** A number the app computed, written with a fixed count of decimals and never neutralised. */
export interface FixedNumber {
  readonly fixed: number;
  readonly digits: number;
}

/** Text is treated as untrusted; numbers are the app's own and stay plain. */
export type CsvCell = string | number | FixedNumber | null | undefined;

export const UTF8_BOM = "\uFEFF";

/** e.g. fixedNumber(200, 2) is written 200.00; fixedNumber(-12.5, 2) is -12.50, unquoted. */
export function fixedNumber(value: number, digits: number): FixedNumber {
  return { fixed: value, digits };
}

/**
 * Spreadsheets evaluate a cell starting with =, +, - or @, and skip leading
 * spaces (" =2+2") or a leading tab or carriage return before doing so. Such
 * text gets a leading apostrophe, which shows the text as it was and runs
 * nothing. A phone written "+86…" is text from outside and is treated alike.
 */
const formulaStart = /^[\t\r]|^\s*[=+\-@]/;

export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

const needsQuotes = /[",\r\n]/;

function quote(text: string): string {
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new RangeError(`CSV cell is not a finite number: ${cell}`);
    return String(cell);
  }
  if (typeof cell === "object") return cell.fixed.toFixed(cell.digits);
  return quote(neutralise(cell));
}

/** One record, CRLF-terminated as RFC 4180 and Excel expect. */
export function csvLine(cells: CsvCell[]): string {
  return `${cells.map(cellText).join(",")}\r\n`;
}

/** A whole file: the BOM (unless asked not to), the header, the rows. */
export function toCsv(rows: Iterable<CsvCell[]>, { bom = true }: { bom?: boolean } = {}): string {
  let out = bom ? UTF8_BOM : "";
  for (const row of rows) out += csvLine(row);
  return out;
}

/**
 * A streamed file: rows are pulled from the iterator a batch at a time as
 * the client reads, so memory stays flat for a million-row export. The
 * iterator must not hold a database statement open between batches.
 */
export function csvStream(header: string[], rows: Iterator<CsvCell[]>, batch = 1000): ReadableStream<Uint8Array> {
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
