import { z } from "zod";

import type { Db } from "@/db/client";

import { orderReference } from "./order-reference";

export type TimelineEntry = {
  kind: string;
  channel: string;
  source: string;
  at: string;
  label: string | null;
  amount: number | null;
  currency: string | null;
  counts: boolean;
  status: string | null;
  /** A payment bill's refund row, shown as such. */
  refund: boolean;
  /** Where a ticket came in (email, web, chat), when its file says. */
  via: string | null;
};

export const timelineQuery = z.object({
  channel: z.string().trim().min(1).max(80).optional().catch(undefined),
  kind: z.string().trim().min(1).max(40).optional().catch(undefined),
  /** Pages of TIMELINE_LIMIT entries, newest first; a page past the last shows the last. */
  page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

export const TIMELINE_LIMIT = 200;

// Orders (kind "order"), interactions (their own kind) and tickets (kind
// "ticket", channel "service", as channel preference counts them) in one
// shape; an order without a channel counts on its source.
const everything = `
  SELECT 'order' AS kind, coalesce(o.channel, s.key) AS channel, s.key AS source, o.ordered_at AS at,
    o.order_key AS label, o.amount_minor, o.currency, o.counts, o.status, NULL AS via, o.id
  FROM orders o JOIN sources s ON s.id = o.source_id WHERE o.profile_id = @profile
  UNION ALL
  SELECT i.kind, i.channel, s.key, i.occurred_at, i.detail, NULL, NULL, 1, NULL, NULL, i.id
  FROM interactions i JOIN sources s ON s.id = i.source_id WHERE i.profile_id = @profile
  UNION ALL
  SELECT 'ticket', 'service', s.key, t.opened_at, t.subject, NULL, NULL, 1, t.status, t.channel,
    t.id
  FROM tickets t JOIN sources s ON s.id = t.source_id WHERE t.profile_id = @profile`;

/**
 * One page of one timeline across channels: the newest entries first, filtered by channel and
 * kind, with the channels and kinds there are to filter by.
 */
export function readTimeline(db: Db, profileId: number, query: TimelineQuery) {
  const sqlite = db.$client;
  const params = { profile: profileId, channel: query.channel ?? null, kind: query.kind ?? null };
  const filter = "WHERE (@channel IS NULL OR channel = @channel) AND (@kind IS NULL OR kind = @kind)";
  const total = sqlite.prepare(`SELECT count(*) FROM (${everything}) ${filter}`).pluck().get(params) as number;
  const pages = Math.max(1, Math.ceil(total / TIMELINE_LIMIT));
  const page = Math.min(query.page ?? 1, pages);
  const rows = sqlite
    .prepare(`SELECT * FROM (${everything}) ${filter} ORDER BY at DESC, kind, id DESC
      LIMIT ${TIMELINE_LIMIT} OFFSET ${(page - 1) * TIMELINE_LIMIT}`)
    .all(params) as {
      kind: string; channel: string; source: string; at: string; label: string | null; amount_minor: number | null;
      currency: string | null; counts: number; status: string | null; via: string | null;
    }[];
  const facets = sqlite
    .prepare(`SELECT DISTINCT channel, kind FROM (${everything})`)
    .all({ profile: profileId }) as { channel: string; kind: string }[];
  const entries: TimelineEntry[] = rows.map(({ amount_minor, counts, ...row }) => {
    // An order is labelled by its reference as the file wrote it, not the key it is stored under.
    const order = row.kind === "order" && row.label !== null ? orderReference(row.label) : null;
    return {
      ...row,
      label: order ? order.reference : row.label,
      amount: amount_minor === null ? null : amount_minor / 100,
      counts: counts === 1,
      refund: order?.refund ?? false,
    };
  });
  return {
    entries,
    total,
    page,
    pages,
    /** The place of the page's first entry among them all, from 1. */
    from: (page - 1) * TIMELINE_LIMIT + 1,
    channels: [...new Set(facets.map((f) => f.channel))].sort(),
    kinds: [...new Set(facets.map((f) => f.kind))].sort(),
  };
}
