import { describe, expect, it } from "vitest";

import { seedImport } from "@/lib/identity/__tests__/seed-records";
import { externalId } from "@/lib/identity/identifier";
import { resolveIdentities } from "@/lib/identity/resolve";
import { isoToDay } from "@/lib/ingest/normalise/dates";
import { tempDatabase } from "@/lib/testing/temp-db";

import { readProfileAttributes } from "../read-attributes";
import { readProfileIdentifiers } from "../read-identifiers";
import { findProfileId, readProfile } from "../read-profile";
import { readTimeline } from "../read-timeline";

const email = { kind: "email" as const, value: "ada@example.com" };
const phone = { kind: "phone" as const, value: "+14155550177" };

function setup() {
  const { db } = tempDatabase();
  const shop = seedImport(db, "shop", [
    { keys: [email, phone], order: { key: "W1", date: "2026-01-05 10:00:00", amount: 20, currency: "USD", channel: "web" } },
    { keys: [email], order: { key: "W2", date: "2026-03-05 10:00:00", amount: 15, currency: "USD", channel: "web" } },
  ]);
  seedImport(db, "pos", [
    { keys: [externalId("pos", "3"), phone], order: { key: "S1", date: "2026-02-01 12:00:00", amount: 30, currency: "USD", channel: "store" } },
  ]);
  seedImport(db, "mail", [
    { keys: [email], interaction: { key: "o1", kind: "email_open", channel: "email", date: "2026-02-10 08:00:00" } },
    { keys: [email], consent: { channel: "email", status: "subscribed", changedAt: "2025-12-01 00:00:00" } },
    { keys: [email], consent: { channel: "email", status: "unsubscribed", changedAt: "2026-03-01 00:00:00" } },
  ]);
  seedImport(db, "desk", [{ keys: [phone], ticket: { key: "T1", date: "2026-03-20 09:00:00", subject: "Late parcel" } }]);
  resolveIdentities(db);
  return { db, shop, profile: findProfileId(db, email)! };
}

describe("the profile's parts", () => {
  it("identifiers: sources and days from their own records and the records they were on", () => {
    const { db, shop, profile } = setup();
    const byValue = Object.fromEntries(readProfileIdentifiers(db, profile).map((i) => [i.value, i]));
    expect(byValue["ada@example.com"]).toMatchObject({
      sources: ["mail", "shop"],
      firstDay: isoToDay("2025-12-01"),
      lastDay: isoToDay("2026-03-05"),
      joined: null,
    });
    // The phone owns no shop order, but it was on W1's row: shop counts, from 5 January.
    expect(byValue["+14155550177"]).toMatchObject({
      sources: ["desk", "pos", "shop"],
      firstDay: isoToDay("2026-01-05"),
      lastDay: isoToDay("2026-03-20"),
      joined: { rule: "record", viaKind: "email", viaValue: "ada@example.com", importId: shop, source: "shop" },
    });
    // The command line's profile names the same sources, not only those of the orders it owns.
    expect(readProfile(db, profile)!.identifiers).toEqual([
      { kind: "email", value: "ada@example.com", sources: ["mail", "shop"] },
      { kind: "ext", value: "pos:3", sources: ["pos"] },
      { kind: "phone", value: "+14155550177", sources: ["desk", "pos", "shop"] },
    ]);
  });

  it("timeline: everything newest first, then only one channel, then only one kind", () => {
    const { db, profile } = setup();
    const all = readTimeline(db, profile, {});
    expect(all.entries.map((e) => e.label ?? e.kind)).toEqual(["Late parcel", "W2", "email_open", "S1", "W1"]);
    expect(all.channels).toEqual(["email", "service", "store", "web"]);
    expect(all.kinds).toEqual(["email_open", "order", "ticket"]);
    expect(readTimeline(db, profile, { channel: "web" }).entries.map((e) => e.label)).toEqual(["W2", "W1"]);
    expect(readTimeline(db, profile, { kind: "order" }).total).toBe(3);
  });

  it("consent: the latest change per channel wins, with what each source said", () => {
    const { db, profile } = setup();
    const { consent } = readProfileAttributes(db, profile, []);
    expect(consent).toEqual([
      {
        channel: "email",
        shown: { source: "mail", status: "unsubscribed", changedAt: "2026-03-01 00:00:00" },
        bySource: [{ source: "mail", status: "unsubscribed", changedAt: "2026-03-01 00:00:00" }],
      },
    ]);
  });
});
