import type { Db } from "@/db/client";

import { fieldSql, type OutputField } from "../catalogue/fields";
import type { Fragment } from "../compile/fragment";
import { customersFrom } from "./segment-filter";

export type RawRow = { id: number; values: unknown[] };

/**
 * The first matched customers by revenue, highest first as in the customer list, with the picked
 * fields raw as stored (money in minor units, days as day numbers).
 */
export function readSegmentRows(
  db: Db,
  params: { where: Fragment; fields: OutputField[]; limit: number },
): RawRow[] {
  const { where, fields, limit } = params;
  const columns = ["m.profile_id", ...fields.map(fieldSql)].join(", ");
  const rows = db.$client
    .prepare(`SELECT ${columns} FROM ${customersFrom(columns, where.sql)} WHERE ${where.sql}
      ORDER BY m.revenue_minor DESC, m.profile_id LIMIT ?`)
    .raw()
    .all(...where.params, limit) as unknown[][];
  return rows.map(([id, ...values]) => ({ id: id as number, values }));
}

/**
 * Every matched row, highest revenue first as in the preview, a page at a time. The order is
 * settled first (the matched ids, sorted: 8 bytes a customer); each page is then read by its ids,
 * so an export never holds a statement open between pages.
 */
export function* allSegmentRows(
  db: Db,
  params: { where: Fragment; fields: OutputField[]; page?: number },
) {
  const { where, fields } = params;
  const size = params.page ?? 2000;
  const ids = Float64Array.from(db.$client
    .prepare(`SELECT m.profile_id FROM ${customersFrom(where.sql)} WHERE ${where.sql}
      ORDER BY m.revenue_minor DESC, m.profile_id`)
    .pluck()
    .all(...where.params) as number[]);
  const columns = ["m.profile_id", ...fields.map(fieldSql)].join(", ");
  const pageRows = db.$client.prepare(`SELECT ${columns} FROM ${customersFrom(columns)}
    WHERE m.profile_id IN (SELECT value FROM json_each(?))`).raw();
  for (let at = 0; at < ids.length; at += size) {
    const page = Array.from(ids.subarray(at, at + size));
    const byId = new Map((pageRows.all(JSON.stringify(page)) as unknown[][])
      .map(([id, ...values]) => [id as number, values]));
    for (const id of page) yield { id, values: byId.get(id) ?? [] };
  }
}
