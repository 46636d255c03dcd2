import type { Db } from "@/db/client";

import { join, type Fragment } from "../compile/fragment";
import { findSegment } from "../store/find-segment";
import { readSegmentRows } from "./read-rows";
import { customersFrom, segmentFilter } from "./segment-filter";

export type Region = { mask: number; customers: number };

/**
 * Each customer's membership of 2–4 segments as a bit mask (bit i set: in
 * segment i), from one pass over the customers in any of them.
 */
function membership(db: Db, ids: number[]) {
  const segments = ids.map((id) => findSegment(db, id));
  const wheres = segments.map((segment) => segmentFilter(db, segment.rule).where);
  const mask: Fragment = {
    sql: wheres.map((w, i) => `(CASE WHEN ${w.sql} THEN ${2 ** i} ELSE 0 END)`).join(" + "),
    params: wheres.flatMap((w) => w.params),
  };
  return { segments, mask, inAny: join(wheres, "OR") };
}

/** Customers per region of the Venn diagram: every non-empty combination that occurs. */
export function overlapSegments(db: Db, params: { ids: number[] }) {
  const { segments, mask, inAny } = membership(db, params.ids);
  const regions = db.$client
    .prepare(
      `SELECT ${mask.sql} AS mask, count(*) AS customers FROM ${customersFrom(mask.sql)} WHERE ${inAny.sql}
      GROUP BY 1 ORDER BY 1`,
    )
    .all(...mask.params, ...inAny.params) as Region[];
  return { segments: segments.map(({ id, name }) => ({ id, name })), regions };
}

/** The customers in exactly one region (in these segments, and in no other of them). */
export function regionMembers(db: Db, params: { ids: number[]; mask: number; limit: number }) {
  const { mask, inAny } = membership(db, params.ids);
  const where = join(
    [inAny, { sql: `${mask.sql} = ?`, params: [...mask.params, params.mask] }],
    "AND",
  );
  return readSegmentRows(db, {
    where,
    fields: ["identifier", "name", "email", "tier", "stage", "revenue"],
    limit: params.limit,
  });
}
