import type { Db } from "@/db/client";

import { fieldSql, type OutputField } from "../catalogue/fields";
import type { Fragment } from "../compile/fragment";
import { customersFrom } from "./segment-filter";

export type RawRow = { id: number; values: unknown[] };

/**
 * Matched customers with the picked fields, raw as stored (money in minor
 * units, days as day numbers). `after` pages by profile id, so an export
 * never holds a statement open between pages; without it rows come by
 * revenue, highest first, as in the customer list.
 */
export function readSegmentRows(
  db: Db,
  params: {
    where: Fragment;
    fields: OutputField[];
    limit: number;
    after?: number;
  },
): RawRow[] {
  const { where, fields, limit, after } = params;
  const columns = ["m.profile_id", ...fields.map(fieldSql)].join(", ");
  const keyset = after === undefined ? "" : "m.profile_id > ? AND ";
  const order = after === undefined ? "m.revenue_minor DESC, m.profile_id" : "m.profile_id";
  const rows = db.$client
    .prepare(
      `SELECT ${columns} FROM ${customersFrom(columns, where.sql)} WHERE ${keyset}(${where.sql}) ORDER BY ${order} LIMIT ?`,
    )
    .raw()
    .all(...(after === undefined ? [] : [after]), ...where.params, limit) as unknown[][];
  return rows.map(([id, ...values]) => ({ id: id as number, values }));
}

/** Every matched row, a page at a time. */
export function* allSegmentRows(
  db: Db,
  params: { where: Fragment; fields: OutputField[]; page?: number },
) {
  let after = 0;
  while (true) {
    const rows = readSegmentRows(db, { ...params, limit: params.page ?? 2000, after });
    yield* rows;
    if (rows.length < (params.page ?? 2000)) return;
    after = rows[rows.length - 1].id;
  }
}
