import type { Db } from "@/db/client";
import { csvStream } from "@/lib/export/csv";

import { fieldPlug, type OutputField } from "../catalogue/fields";
import { UnavailableError } from "../errors";
import { allSegmentRows } from "../query/read-rows";
import { segmentFilter } from "../query/segment-filter";
import { findSegment } from "../store/find-segment";
import { csvValue, type CsvLabels } from "./csv-values";

/**
 * A saved segment as a CSV stream with the chosen columns, the profile id
 * first. Rows are read a page at a time by profile id while the client
 * downloads, so a million-row export keeps memory flat.
 */
export function exportSegment(
  db: Db,
  params: { segmentId: number; fields: OutputField[]; labels: CsvLabels },
) {
  const segment = findSegment(db, params.segmentId);
  const { where, ctx } = segmentFilter(db, segment.rule);
  const fields = params.fields;
  const missing = fields.map(fieldPlug).find((plug) => plug !== null && !ctx.available[plug]);
  if (missing) throw new UnavailableError(missing);

  const header = [params.labels.profileId, ...fields.map(params.labels.header)];
  const rows = allSegmentRows(db, { where, fields });
  function* cells() {
    for (const row of rows)
      yield [row.id, ...row.values.map((raw, i) => csvValue(fields[i], raw, params.labels))];
  }
  return { segment, stream: csvStream(header, cells()) };
}
