import { z } from "zod";

import type { Db } from "@/db/client";
import { stages, tiers } from "@/db/schema/metrics";
import { snapshotDimensions } from "@/db/schema/snapshots";
import type { Identifier } from "@/lib/identity/identifier";
import { rfmSegments } from "@/lib/metrics/rfm-segments";
import { savedSegmentFilter } from "@/lib/segments/query/saved-segment-filter";
import { movementCondition } from "@/lib/metrics/snapshots/read-movement";

const sorts = { revenue: "m.revenue_minor", orders: "m.orders", recency: "m.recency_days", value: "m.value_minor" } as const;

export const customerQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  tier: z.enum(tiers).optional().catch(undefined),
  stage: z.enum(stages).optional().catch(undefined),
  segment: z.enum(rfmSegments).optional().catch(undefined),
  r: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  fm: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  // A saved segment's rule (lib/segments), kept in links so sorting and paging stay inside it.
  segmentId: z.coerce.number().int().positive().optional().catch(undefined),
  f: z.coerce.number().int().min(1).max(5).optional().catch(undefined),
  // Movement between two snapshot periods: who was moveFromKey at the end of moveFrom and
  // moveToKey at the end of moveTo, in the move dimension (see lib/metrics/snapshots).
  move: z.enum(snapshotDimensions).optional().catch(undefined),
  moveFrom: z.string().max(10).optional().catch(undefined),
  moveFromKey: z.string().max(40).optional().catch(undefined),
  moveTo: z.string().max(10).optional().catch(undefined),
  moveToKey: z.string().max(40).optional().catch(undefined),
  sort: z.enum(Object.keys(sorts) as [keyof typeof sorts]).default("revenue").catch("revenue"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).default(1).catch(1),
});
export type CustomerQuery = z.infer<typeof customerQuery>;

export type CustomerRow = {
  id: number;
  email: string | null;
  phone: string | null;
  name: string | null;
  label: string | null;
  tier: string;
  stage: string;
  segment: string | null;
  orders: number;
  revenue: number;
  lastDay: number | null;
};

export const PAGE_SIZE = 50;

type StoredRow = Omit<CustomerRow, "revenue" | "lastDay"> & {
  revenue_minor: number;
  last_day: number | null;
};

/**
 * One page of customers, filtered and sorted on the server. Every value is a
 * bound parameter; only whitelisted column names are written into the SQL.
 */
export function listCustomers(db: Db, query: CustomerQuery, exact: Identifier | null) {
  const where: string[] = [];
  const params: (string | number)[] = [];
  for (const [column, value] of [["m.tier", query.tier], ["m.stage", query.stage], ["m.segment", query.segment], ["m.r", query.r], ["m.f", query.f]] as const) {
    if (value === undefined) continue;
    where.push(`${column} = ?`);
    params.push(value);
  }
  if (query.fm !== undefined) {
    where.push("(m.f + m.m + 1) / 2 = ?");
    params.push(query.fm);
  }
  const saved = query.segmentId === undefined ? null : savedSegmentFilter(db, query.segmentId);
  if (saved) {
    where.push(`(${saved.where.sql})`);
    params.push(...saved.where.params);
  }
  if (query.move && query.moveFrom && query.moveFromKey && query.moveTo && query.moveToKey) {
    const { move: dimension, moveFrom: from, moveFromKey: fromKey, moveTo: to, moveToKey: toKey } = query;
    // An unknown period or key matches nobody rather than silently dropping the filter.
    const moved = movementCondition(db, { dimension, from, fromKey, to, toKey }, "m.profile_id");
    where.push(moved?.sql ?? "0");
    params.push(...(moved?.params ?? []));
  }
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const byExact = exact ? " OR (i.kind = ? AND i.value = ?)" : "";
    where.push(`(m.profile_id IN (SELECT i.profile_id FROM identifiers i WHERE i.value LIKE ? ESCAPE '\\'${byExact})
      OR p.name LIKE ? ESCAPE '\\')`);
    params.push(like, ...(exact ? [exact.kind, exact.value] : []), like);
  }
  const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const sqlite = db.$client;
  const total = (sqlite
    .prepare(`SELECT count(*) AS n FROM customer_metrics m JOIN profiles p ON p.id = m.profile_id ${filter}`)
    .get(...params) as { n: number }).n;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page past the end (an old link, a narrower filter) shows the last one.
  const page = Math.min(query.page, pages);
  // NULL recency (prospects) sorts last either way.
  const order = `${sorts[query.sort]} IS NULL, ${sorts[query.sort]} ${query.dir === "asc" ? "ASC" : "DESC"}, m.profile_id`;
  const rows = sqlite
    .prepare(`SELECT m.profile_id AS id, p.email, p.phone, p.name, m.tier, m.stage, m.segment, m.orders,
        m.revenue_minor, m.last_day,
        (SELECT value FROM identifiers WHERE profile_id = m.profile_id ORDER BY kind LIMIT 1) AS label
      FROM customer_metrics m JOIN profiles p ON p.id = m.profile_id ${filter}
      ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...params, PAGE_SIZE, (page - 1) * PAGE_SIZE) as StoredRow[];
  return {
    segment: saved && { id: saved.id, saved: saved.segment },
    total,
    page,
    pages,
    rows: rows.map(({ revenue_minor, last_day, ...row }) => ({ ...row, revenue: revenue_minor / 100, lastDay: last_day })),
  };
}
