import type { Db } from "@/db/client";
import { IdIndex } from "@/lib/id-index";
import { readColumns } from "@/lib/identity/read-columns";

import { channelName } from "./channel-preference";
import { scopedFrom, type ProfileScope } from "./profile-scope";

// Orders (for some profiles: profiles) per slice read; one slice's columns are in memory at a time.
const SLICES = { orders: 100_000, profiles: 50_000 };

/** A profile's counted orders on one channel. */
export type ChannelOrders = { channel: string; orders: number; lastDay: number };

const NONE = -1;

/**
 * What the orders of the profiles in scope say about them: the first day
 * of any order, and per channel (the order's, else its source's key, as
 * channelName folds it) the orders that count with the latest of their
 * days. Summed in memory in one read of the orders, slice by slice:
 * grouping by profile in SQL sorted every order once for each. Most
 * customers buy on one channel, which typed arrays hold; a profile's
 * further channels go to a map.
 */
export class OrderActivity {
  private readonly slotOf = new IdIndex();
  private first = new Int32Array(1024);
  private channel = new Int32Array(1024);
  private count = new Int32Array(1024);
  private last = new Int32Array(1024);
  private readonly further = new Map<number, ChannelOrders[]>();
  private readonly names: string[] = [];
  private readonly codeOfRaw = new Map<string, number>();
  private readonly codeOfName = new Map<string, number>();

  /** Reads the orders of the profiles in scope (stored by fillScope). */
  static read(db: Db, scope: ProfileScope, sizes = SLICES): OrderActivity {
    const activity = new OrderActivity();
    for (const slice of slices(db, scope, sizes)) {
      const [profiles, days, channels, counted] = readColumns(
        db,
        ["profile_id", "day", "channel", "counted"],
        `SELECT t.profile_id, t.day, coalesce(t.channel, s.key) AS channel,
          t.counts = 1 AND t.amount_minor >= 0 AS counted
          FROM ${scopedFrom(scope, "orders", "t")} JOIN sources s ON s.id = t.source_id
          WHERE t.profile_id IS NOT NULL AND ${slice.where}`,
        slice.params,
      ) as [number[], number[], string[], number[]];
      for (let k = 0; k < profiles.length; k++) {
        activity.add(profiles[k], days[k], counted[k] === 1 ? channels[k] : null);
      }
    }
    activity.trim();
    return activity;
  }

  /** The day of the profile's first order, counted or not. */
  firstDay(profileId: number): number | undefined {
    const slot = this.slotOf.find(profileId);
    return slot < 0 ? undefined : this.first[slot];
  }

  /** The profile's counted orders per channel, in no particular order. */
  channels(profileId: number): ChannelOrders[] {
    const slot = this.slotOf.find(profileId);
    if (slot < 0 || this.channel[slot] === NONE) return [];
    const first = this.names[this.channel[slot]];
    const main = { channel: first, orders: this.count[slot], lastDay: this.last[slot] };
    return [main, ...(this.further.get(slot) ?? [])];
  }

  /** One order: its profile, day, and its raw channel when it counts. */
  private add(profileId: number, day: number, rawChannel: string | null): void {
    const known = this.slotOf.size;
    const slot = this.slotOf.add(profileId);
    if (slot === known) {
      if (slot === this.first.length) this.grow();
      this.first[slot] = day;
      this.channel[slot] = NONE;
    } else if (day < this.first[slot]) this.first[slot] = day;
    if (rawChannel === null) return;

    const code = this.codeOf(rawChannel);
    if (this.channel[slot] === NONE) {
      this.channel[slot] = code;
      this.count[slot] = 1;
      this.last[slot] = day;
      return;
    }
    if (this.channel[slot] === code) {
      this.count[slot]++;
      if (day > this.last[slot]) this.last[slot] = day;
      return;
    }
    const others = this.further.get(slot) ?? [];
    if (others.length === 0) this.further.set(slot, others);
    const name = this.names[code];
    const entry = others.find((other) => other.channel === name);
    if (entry) {
      entry.orders++;
      entry.lastDay = Math.max(entry.lastDay, day);
    } else others.push({ channel: name, orders: 1, lastDay: day });
  }

  private codeOf(raw: string): number {
    let code = this.codeOfRaw.get(raw);
    if (code !== undefined) return code;
    const name = channelName(raw);
    code = this.codeOfName.get(name);
    if (code === undefined) {
      code = this.names.push(name) - 1;
      this.codeOfName.set(name, code);
    }
    this.codeOfRaw.set(raw, code);
    return code;
  }

  /** Gives back the room doubling left: a million profiles sat in arrays sized for two. */
  private trim(): void {
    const size = this.slotOf.size;
    [this.first, this.channel, this.count, this.last] =
      [this.first, this.channel, this.count, this.last].map((column) => column.slice(0, size));
  }

  private grow(): void {
    const double = (from: Int32Array) => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.first = double(this.first);
    this.channel = double(this.channel);
    this.count = double(this.count);
    this.last = double(this.last);
  }
}

type Slice = { where: string; params: Record<string, number> };

/** Every order by ranges of order ids; some profiles' orders by ranges of their ids. */
function slices(db: Db, scope: ProfileScope, sizes: typeof SLICES): Slice[] {
  if (scope !== "all") {
    const sorted = [...new Set(scope)].sort((a, b) => a - b);
    const result: Slice[] = [];
    for (let at = 0; at < sorted.length; at += sizes.profiles) {
      const upTo = sorted[Math.min(at + sizes.profiles, sorted.length) - 1];
      result.push({ where: "ps.id BETWEEN @from AND @to", params: { from: sorted[at], to: upTo } });
    }
    return result;
  }
  const maxId = db.$client
    .prepare("SELECT coalesce(max(id), 0) FROM orders")
    .pluck()
    .get() as number;
  const result: Slice[] = [];
  for (let from = 0; from < maxId; from += sizes.orders) {
    const to = from + sizes.orders;
    result.push({ where: "t.id > @from AND t.id <= @to", params: { from, to } });
  }
  return result;
}
