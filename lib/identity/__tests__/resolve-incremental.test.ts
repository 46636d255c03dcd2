import { describe, expect, it } from "vitest";

import type { Db } from "@/db/client";
import { tempDatabase } from "@/lib/testing/temp-db";

import { externalId, type Identifier } from "../identifier";
import { resolveIdentities } from "../resolve";
import { profilesByKeys, seedImport, type SeedRecord } from "./seed-records";

const email = (value: string): Identifier => ({ kind: "email", value });
const phone = (value: string): Identifier => ({ kind: "phone", value });

/**
 * Four sources' worth of records over 120 people, with the cases the guards
 * meet: families sharing an email, guest checkouts, a front-desk phone.
 */
function sources(): [string, SeedRecord[]][] {
  const shop: SeedRecord[] = [];
  const crm: SeedRecord[] = [];
  const pos: SeedRecord[] = [];
  const mail: SeedRecord[] = [];
  for (let p = 0; p < 120; p++) {
    const mobile = phone(`+1415555${String(1000 + p).slice(-4)}`);
    const address = email(`p${p}@example.com`);
    shop.push({ keys: [externalId("shop", `c${p}`), address], order: { key: `o${p}`, date: "2026-01-05", amount: 10 + p, currency: "USD" } });
    if (p % 2 === 0) crm.push({ keys: [externalId("crm", `r${p}`), address, mobile], contact: { key: `r${p}`, attributes: { name: `Person ${p}` }, observedAt: "2026-02-01 10:00:00" } });
    if (p % 3 === 0) pos.push({ keys: [mobile, externalId("loyalty_card", `L${p}`)], order: { key: `pos${p}`, date: "2026-03-01", amount: 5, currency: "USD", channel: "store" } });
    if (p % 5 === 0) mail.push({ keys: [address], consent: { channel: "email", status: "subscribed", changedAt: "2026-01-01 00:00:00" } });
  }
  for (let f = 0; f < 10; f++) {
    // Two people of a family: each with their own phone and account, one shared email.
    for (const member of [0, 1]) {
      crm.push({ keys: [externalId("crm", `fam${f}-${member}`), email(`family${f}@example.com`), phone(`+1212555${String(2000 + f * 2 + member).slice(-4)}`)] });
    }
    for (const visit of [0, 1, 2]) shop.push({ keys: [externalId("shop", `guest${f}-${visit}`), email(`guest${f}@example.com`)] });
  }
  for (let c = 0; c < 14; c++) pos.push({ keys: [phone("+12125559999"), externalId("loyalty_card", `desk${c}`)] });
  return [["shop", shop], ["crm", crm], ["pos", pos], ["mail", mail]];
}

function snapshot(db: Db) {
  const rows = db.$client
    .prepare(`SELECT i.kind || ':' || i.value AS key, i.profile_id, i.status, v.kind || ':' || v.value AS via, i.via_rule
      FROM identifiers i LEFT JOIN identifiers v ON v.id = i.via_id ORDER BY key`)
    .all();
  const reviews = db.$client
    .prepare(`SELECT r.rule, a.kind || ':' || a.value AS identifier, r.profile_ids FROM identity_reviews r
      JOIN identifiers a ON a.id = r.identifier_id ORDER BY identifier, rule`)
    .all();
  const profiles = db.$client.prepare("SELECT id, key, name, email, phone FROM profiles ORDER BY id").all();
  return { rows, reviews, profiles };
}

function importInOrder(order: number[], resolveEach: boolean) {
  const { db } = tempDatabase();
  const all = sources();
  for (const i of order) {
    seedImport(db, ...all[i]);
    if (resolveEach) resolveIdentities(db);
  }
  if (!resolveEach) resolveIdentities(db, { full: true });
  return db;
}

describe("resolution in a database", () => {
  const db = importInOrder([0, 1, 2, 3], true);
  const baseline = snapshot(db);

  it("resolves the people, families, guest checkouts and the front desk as expected", () => {
    const profiles = profilesByKeys(db);
    // 120 people; 20 of them (odd multiples of 3) shop in store under a phone
    // no other file links; 10 × 2 family members plus the held family email;
    // 10 guests; the held front-desk phone and its 14 cards.
    expect(profiles.size).toBe(120 + 20 + 30 + 10 + 15);
    expect(db.$client.prepare("SELECT count(*) FROM identity_reviews WHERE rule = 'shared'").pluck().get()).toBe(10);
    expect(db.$client.prepare("SELECT count(*) FROM identity_reviews WHERE rule = 'limit'").pluck().get()).toBe(1);
  });

  it("incremental runs after each import leave exactly what a full run gives", () => {
    const runs = db.$client.prepare("SELECT mode FROM resolution_runs ORDER BY id").pluck().all();
    expect(runs).toEqual(["full", "incremental", "incremental", "incremental"]);
    const again = resolveIdentities(db, { full: true });
    expect(again.profilesChanged).toBe(0);
    expect(snapshot(db)).toEqual(baseline);
  });

  it.each([
    [[3, 2, 1, 0], true],
    [[2, 0, 3, 1], true],
    [[1, 3, 0, 2], false],
  ])("imports in order %j give the same profiles, ids and explanations", (order, resolveEach) => {
    expect(snapshot(importInOrder(order, resolveEach))).toEqual(baseline);
  });

  it("a re-run over unchanged data changes nothing and resolves nothing", () => {
    const run = resolveIdentities(db);
    expect(run).toMatchObject({ mode: "incremental", scope: 0, profilesChanged: 0 });
  });
});
