import { kindFields, type ColumnMap, type FieldName } from "../fields";
import { parseCell } from "../mapping/parse-value";
import { cleanCell, isBlank } from "../normalise/text";

import type { Preset } from "./types";

// The data rows after a header row that are looked at, and the share of their values that must read.
const CHECKED_ROWS = 20;
const READABLE_SHARE = 0.25;

// Any zone and either day order: the question is only whether a value is a date at all.
const lenient = { timeZone: "UTC", dayOrder: "dmy", phoneRegion: "US", yen: "CNY" } as const;

/**
 * The key fields that the rows under a header row do not read as: a row
 * that looks like a header over rows of something else (a Markdown document
 * quoting an export's header) is no export of that preset. Key fields are
 * the kind's required ones (an order's date and amount), which must read on
 * a quarter of the rows that fill them and on at least one, and the email,
 * which must read on a quarter of the rows that fill it (contact lists
 * require nothing else). Only a quarter: a real export whose first rows are
 * mostly broken is still that export, and its broken rows are rejected one
 * by one. Blank cells do not count against a field: Shopify leaves a
 * line-item row's total blank.
 */
export function unreadableFields(preset: Preset, columns: ColumnMap, rows: string[][]): FieldName[] {
  const checked = rows.slice(0, CHECKED_ROWS);
  if (checked.length === 0) return [];
  const required = kindFields[preset.kind].required;
  const keys: FieldName[] = [...required, ...(columns.email ? ["email" as const] : [])];
  return keys.filter((field) => {
    const at = columns[field] ?? [];
    const values = checked
      .map((row) => at.map((i) => cleanCell(row[i])).find((value) => !isBlank(value)))
      .filter((value): value is string => value !== undefined);
    const readable = values.filter((value) => parseCell(field, value, lenient).ok).length;
    if (values.length === 0) return required.includes(field);
    return readable < values.length * READABLE_SHARE;
  });
}
