import { toHalfWidth } from "./text";

/** The character a file writes before its cents. */
export type DecimalMark = "," | ".";

/**
 * The decimal mark a file's amounts use, from the cells that show it:
 * "12,50" or "1.234,56" say a comma, "12.50" or "1,234.56" a point. A
 * single separator before three digits ("1.234") says nothing by itself:
 * read on its own it would be a decimal, which silently turns 1.234 euros
 * (one thousand) into 1.23. Null when no cell tells, or when cells disagree
 * (each is then read on its own).
 */
export function decimalMarkOf(cells: string[]): DecimalMark | null {
  let comma = 0;
  let point = 0;
  for (const cell of cells) {
    const told = markOfCell(cell);
    if (told === ",") comma++;
    else if (told === ".") point++;
  }
  if (comma > 0 && point === 0) return ",";
  if (point > 0 && comma === 0) return ".";
  return null;
}

/**
 * The first cell whose reading hangs on the decimal mark, in a file whose cells do not tell it:
 * a point before three digits, "12.500" (twelve and a half, or twelve thousand five hundred).
 * A comma there ("1,299") reads as a grouping: cents are written with two digits, so only a
 * point before three could be either. Null when every cell reads one way.
 */
export function undecidedAmount(cells: string[]): string | null {
  if (decimalMarkOf(cells) !== null) return null;
  // Cells that disagree are read each on its own; no single answer would fit them all.
  if (cells.some((cell) => markOfCell(cell) !== null)) return null;
  return cells.find((cell) => {
    const digits = separatorsAndDigits(cell);
    return /^[1-9]\d{0,2}\.\d{3}$/.test(digits);
  }) ?? null;
}

function markOfCell(cell: string): DecimalMark | null {
  const digits = separatorsAndDigits(cell);
  const [lastComma, lastPoint] = [digits.lastIndexOf(","), digits.lastIndexOf(".")];
  if (lastComma >= 0 && lastPoint >= 0) return lastComma > lastPoint ? "," : ".";
  const mark = lastComma >= 0 ? "," : lastPoint >= 0 ? "." : null;
  if (!mark) return null;
  const groups = digits.split(mark);
  // "1.234.567": the points group thousands, so the decimal mark is the other one.
  if (groups.length > 2) return mark === "," ? "." : ",";
  return groups[1].length === 3 ? null : mark;
}

function separatorsAndDigits(cell: string): string {
  return toHalfWidth(cell).replace(/[^\d.,]/g, "");
}
