import { fieldTypes, type FieldName } from "../fields";
import { cleanCell } from "../normalise/text";

import type { ParsedCell } from "./parse-value";

/**
 * How a file's times land on the store's calendar, shown before the import: a time written with
 * an offset, or in a zone the export uses (Stripe's and Mailchimp's UTC), can fall on another day
 * there, and the day decides the month a sale counts in.
 */
export type TimesNote = {
  storeZone: string;
  /** The zone the file writes its times in, when it is not the store's. */
  fileZone: string | null;
  /** The first shown time that is stored on another day than the file writes. */
  moved: { raw: string; read: string } | null;
};

// A date written year first (2024-04-01T00:30:00+08:00, 2024/4/1 0:30): the day as the file says.
const WRITTEN_DAY = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

/** Null when the file's times are on the store's clock and none of the shown ones moves a day. */
export function timesNote(
  fields: (FieldName | null)[],
  rows: string[][],
  parsed: (ParsedCell | null)[][],
  zones: { store: string; file: string | undefined },
): TimesNote | null {
  const fileZone = zones.file && zones.file !== zones.store ? zones.file : null;
  const moved = firstMoved(fields, rows, parsed);
  return fileZone || moved ? { storeZone: zones.store, fileZone, moved } : null;
}

function firstMoved(
  fields: (FieldName | null)[], rows: string[][], parsed: (ParsedCell | null)[][],
): TimesNote["moved"] {
  const dated = fields.flatMap((field, at) => (field && fieldTypes[field] === "date" ? [at] : []));
  for (const [r, row] of rows.entries()) {
    for (const at of dated) {
      const cell = parsed[r]?.[at];
      const raw = cleanCell(row[at] ?? "");
      const written = WRITTEN_DAY.exec(raw);
      if (!cell?.ok || cell.undecided || !written) continue;
      const day = `${written[1]}-${written[2].padStart(2, "0")}-${written[3].padStart(2, "0")}`;
      if (!cell.value.startsWith(day)) return { raw, read: cell.value };
    }
  }
  return null;
}
