import type { Db } from "@/db/client";

export type ChannelMixRow = { group: string; total: number; shares: Record<string, number> };
export type ChannelMix = { channels: string[]; rows: ChannelMixRow[] };

export const OTHER = "other";
export const NONE = "none";
const SHOWN = 5;

/**
 * Customers' preferred channel (for buying or for reaching them) within each
 * tier or RFM segment, as shares. The five commonest channels overall are
 * named; the rest are "other", customers without one "none".
 */
export function readChannelMix(db: Db, params: { by: "tier" | "segment"; which: "buy" | "reach" }): ChannelMix {
  const group = params.by === "tier" ? "m.tier" : "m.segment";
  const channel = params.which === "buy" ? "c.buy_channel" : "c.reach_channel";
  const counts = db.$client
    .prepare(`SELECT ${group} AS grp, ${channel} AS channel, count(*) AS n
      FROM customer_metrics m LEFT JOIN profile_channels c ON c.profile_id = m.profile_id
      WHERE ${group} IS NOT NULL GROUP BY 1, 2`)
    .all() as { grp: string; channel: string | null; n: number }[];
  return shapeChannelMix(counts.map((c) => ({ group: c.grp, channel: c.channel, customers: c.n })));
}

/** Shares per group from customer counts per (group, channel). */
export function shapeChannelMix(counts: { group: string; channel: string | null; customers: number }[]): ChannelMix {
  const overall = new Map<string, number>();
  for (const c of counts) if (c.channel) overall.set(c.channel, (overall.get(c.channel) ?? 0) + c.customers);
  const named = [...overall].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SHOWN).map(([name]) => name);
  const label = (channel: string | null) => (!channel ? NONE : named.includes(channel) ? channel : OTHER);

  const groups = new Map<string, Record<string, number>>();
  for (const c of counts) {
    const shares = groups.get(c.group) ?? {};
    shares[label(c.channel)] = (shares[label(c.channel)] ?? 0) + c.customers;
    groups.set(c.group, shares);
  }
  const rows = [...groups].map(([group, tally]) => {
    const total = Object.values(tally).reduce((a, b) => a + b, 0);
    return { group, total, shares: Object.fromEntries(Object.entries(tally).map(([k, n]) => [k, n / total])) };
  });
  const used = new Set(rows.flatMap((row) => Object.keys(row.shares)));
  return { channels: [...named, OTHER, NONE].filter((c) => used.has(c)), rows };
}
