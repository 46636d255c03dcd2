import { describe, expect, it } from "vitest";

import { seedImport } from "@/lib/identity/__tests__/seed-records";
import { resolveIdentities } from "@/lib/identity/resolve";
import { writeIdentitySettings } from "@/lib/identity/settings";
import { isoToDay } from "@/lib/ingest/normalise/dates";
import { tempDatabase } from "@/lib/testing/temp-db";

const maya = { kind: "email" as const, value: "maya@example.com" };
const mayaPhone = { kind: "phone" as const, value: "+14155550142" };

function setup() {
  const { db } = tempDatabase();
  seedImport(db, "shopify", [
    { keys: [maya, mayaPhone], order: { key: "1", date: "2026-01-14", amount: 50, currency: "USD", channel: "web" } },
    { keys: [maya], order: { key: "2", date: "2026-02-14", amount: 20, currency: "USD", channel: "web" } },
    { keys: [maya], contact: { key: "c1", attributes: { firstName: "Maya", lastName: "Lindqvist", city: "San Francisco", country: "US" }, observedAt: "2026-01-14 10:00:00" } },
  ]);
  seedImport(db, "pos", [
    { keys: [mayaPhone], order: { key: "9", date: "2025-12-20", amount: 15, currency: "USD", channel: "store" } },
  ]);
  seedImport(db, "mailchimp", [
    { keys: [maya], contact: { key: "m1", attributes: { name: "Maya L.", tags: ["vip"] }, observedAt: "2026-03-01 08:00:00" } },
    { keys: [maya], interaction: { key: "open1", kind: "email_open", channel: "email", date: "2026-03-02 08:00:00" } },
    { keys: [maya], interaction: { key: "open2", kind: "email_open", channel: "email", date: "2026-03-09 08:00:00" } },
    { keys: [maya], consent: { channel: "email", status: "subscribed", changedAt: "2025-07-01 00:00:00" } },
  ]);
  seedImport(db, "zendesk", [{ keys: [mayaPhone], ticket: { key: "T1", date: "2026-03-20 10:00:00", subject: "Where is my order?" } }]);
  resolveIdentities(db);
  return db;
}

const profileRow = (db: ReturnType<typeof setup>) =>
  db.$client.prepare("SELECT * FROM profiles").get() as Record<string, unknown>;

describe("profiles after resolution", () => {
  it("hold the chosen attributes, contacts and first day seen for segments to filter on", () => {
    const db = setup();
    expect(profileRow(db)).toMatchObject({
      name: "Maya L.",
      email: "maya@example.com",
      phone: "+14155550142",
      city: "San Francisco",
      country: "US",
      tags: JSON.stringify(["vip"]),
      first_seen_day: isoToDay("2025-07-01"),
    });
  });

  it("a source ranked higher in the settings decides the name after a full run", () => {
    const db = setup();
    writeIdentitySettings(db, { sourceRank: ["shopify"] });
    expect(resolveIdentities(db).mode).toBe("full");
    expect(profileRow(db).name).toBe("Maya Lindqvist");
  });

  it("store their channels: buys on the web (2 of 3 orders), reached by email (2 opens against 1 ticket)", () => {
    const db = setup();
    const row = db.$client.prepare("SELECT * FROM profile_channels").get() as Record<string, unknown>;
    expect(row).toMatchObject({ buy_channel: "web", reach_channel: "email", orders: 3, interactions: 3 });
    expect(JSON.parse(row.counts as string)).toEqual({ orders: { web: 2, store: 1 }, interactions: { email: 2, service: 1 } });
  });

  it("an unsubscribe newer than the opens moves reaching to the service channel", () => {
    const db = setup();
    seedImport(db, "mailchimp", [{ keys: [maya], consent: { channel: "email", status: "unsubscribed", changedAt: "2026-03-10 00:00:00" } }]);
    resolveIdentities(db);
    expect(db.$client.prepare("SELECT reach_channel FROM profile_channels").pluck().get()).toBe("service");
  });
});
