import { batchedInsert } from "@/db/batched-insert";
import type { Db } from "@/db/client";
import { readColumns } from "@/lib/identity/read-columns";

import { channelName, preferredChannels, type ChannelActivity } from "./channel-preference";
import type { OrderActivity } from "./order-activity";
import { scopedFrom, type ProfileScope } from "./profile-scope";

/** Per profile and channel: interactions and the latest day, as columns in profile order. */
type Counts = { profiles: number[]; channels: string[]; counts: number[]; last: number[] };

/**
 * Rewrites profile_channels for the profiles in scope from their counted
 * orders per channel (OrderActivity), interactions, tickets (the "service"
 * channel) and current consent per channel. The interaction counts come
 * sorted by profile and are walked alongside the profiles.
 */
export function refreshChannels(db: Db, scope: ProfileScope, orders: OrderActivity, page = PAGE): void {
  const sqlite = db.$client;
  const touches = readCounts(db, `SELECT t.profile_id, t.channel, count(*) AS n, max(t.day) AS last
      FROM ${scopedFrom(scope, "interactions", "t")} WHERE t.profile_id IS NOT NULL GROUP BY 1, 2
    UNION ALL SELECT t.profile_id, 'service', count(*), max(t.day)
      FROM ${scopedFrom(scope, "tickets", "t")} WHERE t.profile_id IS NOT NULL GROUP BY 1`);
  const consent = currentConsent(db, scope);

  // Only rows that change are written: a re-run over unchanged data writes nothing.
  const insert = batchedInsert(sqlite, `INSERT INTO profile_channels (reach_channel, buy_channel,
    interactions, orders, counts, profile_id)`, 6);
  const update = sqlite.prepare(`UPDATE profile_channels SET reach_channel = ?, buy_channel = ?, interactions = ?,
    orders = ?, counts = ? WHERE profile_id = ?`);
  const nextTouch = { at: 0 };
  // A page of profiles at a time, ascending as the touches are: a million profiles' stored rows
  // read at once were the largest thing alive in a large import. Paged on the scope table's key
  // when there is one, which SQLite walks from each page's start.
  const key = scope === "all" ? "p.id" : "ps.id";
  for (let lastId = Number.MIN_SAFE_INTEGER; ; ) {
    const [ids, ...stored] = readColumns(
      db,
      ["id", "reach_channel", "buy_channel", "interactions", "orders", "counts"],
      `SELECT p.id, c.reach_channel, c.buy_channel, c.interactions, c.orders, c.counts
        FROM ${scopedFrom(scope, "profiles", "p", "id")}
        LEFT JOIN profile_channels c ON c.profile_id = p.id
        WHERE ${key} > @lastId ORDER BY ${key} LIMIT ${page}`,
      { lastId },
    ) as [number[], ...unknown[][]];
    ids.forEach((id, row) => {
      const activity = orders.channels(id).map((bought): ChannelActivity => ({
        channel: bought.channel, orders: bought.orders, interactions: 0,
        lastOrderDay: bought.lastDay, lastInteractionDay: null,
      }));
      takeTouches(touches, nextTouch, id, activity);
      const after = channelRow(activity, consent.get(id) ?? {});
      const before = stored.map((column) => column[row]);
      if (before[4] === null) insert.add(...after, id);
      else if (after.some((value, i) => value !== before[i])) update.run(...after, id);
    });
    insert.flush();
    if (ids.length < page) return;
    lastId = ids[ids.length - 1];
  }
}

const PAGE = 50_000;

/** A profile's profile_channels values (without its id) from its activity per channel. */
function channelRow(activity: ChannelActivity[], consent: Record<string, string>) {
  // Channels in name order, so the stored counts read the same from any run.
  activity.sort((a, b) => (a.channel < b.channel ? -1 : 1));
  const preference = preferredChannels(activity, consent);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return [preference.reach, preference.buy, sum(preference.interactions), sum(preference.orders),
    JSON.stringify({ orders: preference.orders, interactions: preference.interactions })];
}

function readCounts(db: Db, select: string): Counts {
  const [profiles, channels, counts, last] = readColumns(db, ["profile_id", "channel", "n", "last"],
    `SELECT * FROM (${select}) ORDER BY 1`) as [number[], string[], number[], number[]];
  return { profiles, channels, counts, last };
}

/** Adds profile `id`'s interactions to its activity; `cursor` walks `from` beside the profiles. */
function takeTouches(
  from: Counts,
  cursor: { at: number },
  id: number,
  activity: ChannelActivity[],
) {
  while (cursor.at < from.profiles.length && from.profiles[cursor.at] < id) cursor.at++;
  for (; cursor.at < from.profiles.length && from.profiles[cursor.at] === id; cursor.at++) {
    const channel = channelName(from.channels[cursor.at]);
    let entry = activity.find((a) => a.channel === channel);
    if (!entry) {
      entry = { channel, orders: 0, interactions: 0, lastOrderDay: null, lastInteractionDay: null };
      activity.push(entry);
    }
    entry.interactions += from.counts[cursor.at];
    const last = from.last[cursor.at] ?? -Infinity;
    entry.lastInteractionDay = Math.max(entry.lastInteractionDay ?? -Infinity, last);
  }
}

/** The latest status per profile and channel; on a tie in time, an opt-out wins. */
function currentConsent(db: Db, scope: ProfileScope): Map<number, Record<string, string>> {
  const [ids, channels, statuses] = readColumns(
    db,
    ["profile_id", "channel", "status"],
    `SELECT t.profile_id, t.channel, t.status FROM ${scopedFrom(scope, "consent_events", "t")}
      WHERE t.profile_id IS NOT NULL
      ORDER BY t.profile_id, t.channel, t.changed_at, t.status IN ('unsubscribed', 'cleaned')`,
  ) as string[][];
  const current = new Map<number, Record<string, string>>();
  ids.forEach((id, k) => {
    const byChannel = current.get(Number(id)) ?? {};
    byChannel[channels[k].trim().toLowerCase()] = statuses[k];
    current.set(Number(id), byChannel);
  });
  return current;
}
