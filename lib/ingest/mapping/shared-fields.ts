import type { ColumnMap, FieldName } from "../fields";

/** A field that more than one column fills: the column used, and those that stand in where it is blank. */
export type SharedField = { field: FieldName; used: number; fallbacks: number[] };

/**
 * The fields of a mapping that several columns fill (Shopify's "Created at"
 * and "Paid at" for the order date). The row reader takes a field's columns
 * in the map's order and the first non-blank cell wins, so the first column
 * is the one used and the others count only on rows where it is blank. The
 * mapping screen and the dry run show this list; it reads the same map the
 * import reads rows by, so what they show is what the import does.
 */
export function sharedFields(columns: ColumnMap): SharedField[] {
  return (Object.entries(columns) as [FieldName, number[]][])
    .filter(([, at]) => at.length > 1)
    .map(([field, [used, ...fallbacks]]) => ({ field, used, fallbacks }));
}
