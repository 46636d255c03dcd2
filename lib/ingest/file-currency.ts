import { parseMoney } from "./normalise/money";
import { cleanCell } from "./normalise/text";
import type { Preset } from "./presets/types";

/**
 * The currency of an order file without a currency column, as far as anyone has said: the
 * admin, the preset (a marketplace's), the marks on its amounts, else a base currency an admin
 * set, the business's word for the rest. Null: the file is to be asked, never guessed from the
 * data so far. The preview and the import both ask this, over the same first rows.
 */
export function fileCurrency(file: {
  said: string | undefined; preset: Preset; rows: string[][]; amountAt: number; base: string | null;
}): string | null {
  return file.said ?? file.preset.currency ?? markedCurrency(file.rows, file.amountAt) ?? file.base;
}

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
