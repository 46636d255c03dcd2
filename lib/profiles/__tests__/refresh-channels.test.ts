import { describe, expect, it } from "vitest";

import { seedImport, type SeedRecord } from "@/lib/identity/__tests__/seed-records";
import { resolveIdentities } from "@/lib/identity/resolve";
import { tempDatabase } from "@/lib/testing/temp-db";

import { OrderActivity } from "../order-activity";
import { fillScope } from "../profile-scope";
import { refreshChannels } from "../refresh-channels";

// Customer i (1–5) buys i times on the web and opens 6 − i emails: the first two are reached
// best by email, the last three on the web, where they buy.
function setup() {
  const { db } = tempDatabase();
  const records: SeedRecord[] = [];
  for (let i = 1; i <= 5; i++) {
    const keys = [{ kind: "email" as const, value: `c${i}@example.com` }];
    for (let k = 0; k < i; k++) {
      records.push({ keys, order: { key: `${i}-${k}`, date: `2026-01-1${k}`, amount: 10, currency: "USD", channel: "web" } });
    }
    for (let k = 0; k < 6 - i; k++) {
      records.push({ keys, interaction: { key: `${i}-open-${k}`, kind: "email_open", channel: "email", date: `2026-02-0${k + 1} 09:00:00` } });
    }
  }
  seedImport(db, "shop", records);
  resolveIdentities(db);
  return db;
}

type Row = { email: string; reach_channel: string; buy_channel: string; orders: number; interactions: number };
const channelRows = (db: ReturnType<typeof setup>) =>
  db.$client.prepare(`SELECT p.email, c.reach_channel, c.buy_channel, c.orders, c.interactions
    FROM profile_channels c JOIN profiles p ON p.id = c.profile_id ORDER BY p.email`).all() as Row[];

describe("profile channels, a page of profiles at a time", () => {
  it("are the same with pages of two as in one read", () => {
    const db = setup();
    const whole = channelRows(db);
    expect(whole.map((row) => [row.email, row.orders, row.interactions])).toEqual([
      ["c1@example.com", 1, 5],
      ["c2@example.com", 2, 4],
      ["c3@example.com", 3, 3],
      ["c4@example.com", 4, 2],
      ["c5@example.com", 5, 1],
    ]);
    db.$client.exec("DELETE FROM profile_channels");
    refreshChannels(db, "all", OrderActivity.read(db, "all"), 2);
    expect(channelRows(db)).toEqual(whole);
  });

  it("walk a scope of some profiles past a page's end and leave the others alone", () => {
    const db = setup();
    const whole = channelRows(db);
    const ids = db.$client.prepare("SELECT id FROM profiles WHERE email <> 'c3@example.com'").pluck().all() as number[];
    db.$client.exec("UPDATE profile_channels SET reach_channel = 'stale', orders = 0");
    fillScope(db, ids);
    refreshChannels(db, ids, OrderActivity.read(db, ids), 1);
    const after = channelRows(db);
    expect(after.filter((row) => row.email !== "c3@example.com")).toEqual(whole.filter((row) => row.email !== "c3@example.com"));
    expect(after.find((row) => row.email === "c3@example.com")).toMatchObject({ reach_channel: "stale", orders: 0 });
  });
});
