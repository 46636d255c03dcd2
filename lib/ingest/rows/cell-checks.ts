import { cleanCell } from "../normalise/text";

import type { RowIssue } from "./types";

// What every decoder writes for bytes its encoding has no character for.
const REPLACEMENT = "\uFFFD";

/**
 * Reports what is wrong with a row's cells before any field is read, as warnings; the row is
 * still read. Cells past `width` (the header's columns, in delimited text) are a value with an
 * unquoted delimiter that moved the columns after it. A value with bytes the encoding could not
 * read is left out (blanked in `cells`), never stored as "���": the encoding is guessed from a
 * few blocks of the file, and one that changes encoding past them (an ASCII export whose later
 * rows hold GBK names) would otherwise be stored garbled in silence.
 */
export function checkCells(
  cells: string[], row: number, headers: string[], width: number, report: (issue: RowIssue) => void,
): void {
  // Called for every row: nothing is allocated unless something is wrong.
  if (cells.length > width) {
    const surplus = cells.slice(width).filter((cell) => cleanCell(cell) !== "");
    if (surplus.length) {
      report({ row, column: "", value: surplus.join(" | "), reason: "extra_cells",
        level: "warning" });
    }
  }
  for (let at = 0; at < cells.length; at++) {
    if (!cells[at].includes(REPLACEMENT)) continue;
    report({ row, column: headers[at]?.trim() ?? "", value: cells[at], reason: "undecoded_bytes",
      level: "warning" });
    cells[at] = "";
  }
}
