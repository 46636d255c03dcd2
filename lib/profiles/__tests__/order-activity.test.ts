import { describe, expect, it } from "vitest";

import { seedImport } from "@/lib/identity/__tests__/seed-records";
import { resolveIdentities } from "@/lib/identity/resolve";
import type { Identifier } from "@/lib/identity/identifier";
import { isoToDay } from "@/lib/ingest/normalise/dates";
import { tempDatabase } from "@/lib/testing/temp-db";

import { OrderActivity } from "../order-activity";
import { fillScope } from "../profile-scope";

const ana = { kind: "email" as const, value: "ana@example.com" };
const ben = { kind: "email" as const, value: "ben@example.com" };
const cy = { kind: "email" as const, value: "cy@example.com" };
const day = (iso: string) => isoToDay(iso)!;

const currency = "USD";

function setup() {
  const { db } = tempDatabase();
  const order = (who: Identifier, key: string, date: string, amount: number, channel?: string,
    counts = true) => ({ keys: [who], order: { key, date, amount, channel, counts, currency } });
  seedImport(db, "shop", [
    // Ana's first order was cancelled: it is her first day, not a counted order.
    order(ana, "a0", "2024-01-02", 80, "web", false),
    order(ana, "a1", "2024-02-01", 50, "Web"),
    order(ana, "a2", "2024-03-05", 20, " web "),
    order(ana, "a3", "2024-02-20", 30, "APP"),
    // A refund stored as its own negative order does not count as buying on the app.
    order(ana, "a4", "2024-04-01", -30, "app"),
    order(ben, "b1", "2024-05-01", 10, "  "),
  ]);
  // An order that names no channel is on its source's.
  seedImport(db, "POS", [order(ben, "b2", "2024-04-11", 15)]);
  seedImport(db, "shop", [order(cy, "c1", "2024-06-01", 5)]);
  resolveIdentities(db);
  const profileOf = (who: { value: string }) =>
    db.$client
      .prepare("SELECT profile_id FROM identifiers WHERE value = ?")
      .pluck()
      .get(who.value) as number;
  return { db, ana: profileOf(ana), ben: profileOf(ben), cy: profileOf(cy) };
}

const byChannel = (activity: OrderActivity, profile: number) =>
  activity.channels(profile).sort((a, b) => a.channel.localeCompare(b.channel));

describe("OrderActivity", () => {
  // Slices of one order or one profile cross every boundary the real sizes would.
  const sizes = [undefined, { orders: 1, profiles: 1 }, { orders: 3, profiles: 2 }];

  it.each(sizes)("sums first days and counted orders per folded channel (slices %o)", (size) => {
    const { db, ana, ben, cy } = setup();
    for (const scope of ["all" as const, new Set([ana, ben, cy])]) {
      fillScope(db, scope);
      const activity = OrderActivity.read(db, scope, size);
      expect(activity.firstDay(ana)).toBe(day("2024-01-02"));
      expect(byChannel(activity, ana)).toEqual([
        { channel: "app", orders: 1, lastDay: day("2024-02-20") },
        { channel: "web", orders: 2, lastDay: day("2024-03-05") },
      ]);
      expect(activity.firstDay(ben)).toBe(day("2024-04-11"));
      expect(byChannel(activity, ben)).toEqual([
        { channel: "pos", orders: 1, lastDay: day("2024-04-11") },
        { channel: "unknown", orders: 1, lastDay: day("2024-05-01") },
      ]);
      expect(byChannel(activity, cy))
        .toEqual([{ channel: "shop", orders: 1, lastDay: day("2024-06-01") }]);
    }
  });

  it("reads only the profiles in scope", () => {
    const { db, ana, ben } = setup();
    fillScope(db, [ben]);
    const activity = OrderActivity.read(db, [ben]);
    expect(activity.firstDay(ana)).toBeUndefined();
    expect(activity.channels(ana)).toEqual([]);
    expect(activity.firstDay(ben)).toBe(day("2024-04-11"));
  });
});
