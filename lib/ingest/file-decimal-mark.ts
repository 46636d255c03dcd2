import { fieldTypes, type ColumnMap, type FieldName } from "./fields";
import { decimalMarkOf, type DecimalMark } from "./normalise/decimal-mark";

/**
 * The decimal mark of a file's money columns, from its first rows. The preview and the import
 * both ask this, over the same rows, so what "Read as" shows is what is stored.
 */
export function fileDecimalMark(rows: string[][], columns: ColumnMap): DecimalMark | null {
  const at = (Object.keys(columns) as FieldName[])
    .filter((field) => fieldTypes[field] === "money")
    .flatMap((field) => columns[field] ?? []);
  return decimalMarkOf(rows.flatMap((row) => at.map((i) => row[i] ?? "")));
}
