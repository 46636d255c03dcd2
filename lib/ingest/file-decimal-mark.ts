import { fieldTypes, type ColumnMap, type FieldName } from "./fields";
import { decimalMarkOf, undecidedAmount, type DecimalMark } from "./normalise/decimal-mark";

/**
 * The decimal mark of a file's money columns, from its first rows: "ask" with the amount that
 * reads either way when they hold one ("12.500") and none tells. The preview and the import both
 * ask this, over the same rows, so what "Read as" shows is what is stored.
 */
export function fileDecimalMark(
  rows: string[][], columns: ColumnMap,
): { mark: DecimalMark | "ask" | null; example: string | null } {
  const at = (Object.keys(columns) as FieldName[])
    .filter((field) => fieldTypes[field] === "money")
    .flatMap((field) => columns[field] ?? []);
  const cells = rows.flatMap((row) => at.map((i) => row[i] ?? ""));
  const example = undecidedAmount(cells);
  return example === null ? { mark: decimalMarkOf(cells), example: null } : { mark: "ask", example };
}
