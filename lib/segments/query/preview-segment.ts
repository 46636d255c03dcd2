import type { Db } from "@/db/client";
import { dayToIso } from "@/lib/ingest/normalise/dates";

import { fieldPlug, outputFields, tagList, type OutputField } from "../catalogue/fields";
import { UnavailableError } from "../errors";
import { readSegmentRows } from "./read-rows";
import type { SegmentFilter } from "./segment-filter";

export type PreviewValue = string | number | string[] | null;
export type PreviewRow = {
  id: number;
  label: string | null;
  values: Partial<Record<OutputField, PreviewValue>>;
};

export const PREVIEW_ROWS = 20;

/** The first matched customers (highest revenue first) with the picked fields, ready to format. */
export function previewSegment(
  db: Db,
  params: Pick<SegmentFilter, "where" | "ctx"> & { fields: OutputField[] },
) {
  const missing = params.fields
    .map(fieldPlug)
    .find((plug) => plug !== null && !params.ctx.available[plug]);
  if (missing) throw new UnavailableError(missing);
  const fields: OutputField[] = [...params.fields, "identifier"];
  const rows = readSegmentRows(db, { where: params.where, fields, limit: PREVIEW_ROWS });
  return rows.map((row): PreviewRow => ({
    id: row.id,
    label: (row.values.at(-1) as string | null) ?? null,
    values: Object.fromEntries(
      params.fields.map((field, i) => [field, previewValue(field, row.values[i])]),
    ),
  }));
}

/** Money in major units, days as YYYY-MM-DD, tags as a list; the page formats for the locale. */
function previewValue(field: OutputField, raw: unknown): PreviewValue {
  if (raw === null || raw === undefined) return null;
  switch (outputFields[field].type) {
    case "money":
      return Number(raw) / 100;
    case "day":
      return dayToIso(Number(raw));
    case "tags":
      return tagList(raw);
    case "integer":
    case "share":
      return Number(raw);
    default:
      return String(raw);
  }
}
