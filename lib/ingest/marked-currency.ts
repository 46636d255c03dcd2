import { parseMoney } from "./normalise/money";
import { cleanCell } from "./normalise/text";

/**
 * The currency every amount of a file's first rows is marked with ("€ 12,00", "CN¥88"), else
 * null: such a file names its currency without a column. A bare ¥ is the yuan's and the yen's:
 * the admin says which.
 */
export function markedCurrency(rows: string[][], amountAt: number): string | null {
  if (amountAt < 0) return null;
  const markOf = (cell: string) => {
    const [asYuan, asYen] = [parseMoney(cell, "CNY")?.currency, parseMoney(cell, "JPY")?.currency];
    return asYuan === asYen ? (asYuan ?? null) : null;
  };
  const marks = new Set(rows.map((row) => markOf(cleanCell(row[amountAt] ?? ""))));
  const [only] = marks;
  return marks.size === 1 && only ? only : null;
}
