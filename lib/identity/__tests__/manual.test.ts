import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { externalId } from "../identifier";
import { profileOfIdentifier } from "../manual/anchor";
import { mergeProfiles, SameProfileError } from "../manual/merge-profiles";
import { BadSplitError, splitProfile } from "../manual/split-profile";
import { resolveIdentities } from "../resolve";
import { seedImport, type SeedRecord } from "./seed-records";

const adaEmail = { kind: "email" as const, value: "ada@example.com" };
const adaPhone = { kind: "phone" as const, value: "+14155550177" };
const web: SeedRecord[] = [
  { keys: [adaEmail], order: { key: "W1", date: "2026-01-05", amount: 20, currency: "USD" } },
];
const store: SeedRecord[] = [
  { keys: [adaPhone, externalId("pos", "3")], order: { key: "S1", date: "2026-02-05", amount: 30, currency: "USD" } },
];
const joining: SeedRecord[] = [
  { keys: [adaEmail, adaPhone], order: { key: "W2", date: "2026-03-05", amount: 5, currency: "USD" } },
];

function setup() {
  const { db } = tempDatabase();
  seedImport(db, "web", web);
  seedImport(db, "store", store);
  resolveIdentities(db);
  const id = (identifier: { kind: string; value: string }) =>
    db.$client.prepare("SELECT id FROM identifiers WHERE kind = ? AND value = ?").pluck().get(identifier.kind, identifier.value) as number;
  const profileOf = (identifier: { kind: string; value: string }) => profileOfIdentifier(db, id(identifier));
  const orderCount = (profile: number) => db.$client.prepare("SELECT count(*) FROM orders WHERE profile_id = ?").pluck().get(profile);
  return { db, id, profileOf, orderCount };
}

describe("manual merge and split", () => {
  it("a merge joins two profiles and their orders, and survives the next import", () => {
    const { db, profileOf, orderCount } = setup();
    const [web1, store1] = [profileOf(adaEmail), profileOf(adaPhone)];
    expect(web1).not.toBe(store1);

    const merged = mergeProfiles(db, { first: web1, second: store1, by: "admin@strata.local" });
    expect(profileOf(adaPhone)).toBe(merged);
    expect(orderCount(merged)).toBe(2);
    const via = db.$client.prepare("SELECT via_rule FROM identifiers WHERE via_rule = 'manual'").pluck().all();
    expect(via).toEqual(["manual"]);

    seedImport(db, "web", [{ keys: [adaEmail], order: { key: "W3", date: "2026-04-01", amount: 9, currency: "USD" } }]);
    resolveIdentities(db);
    expect(profileOf(adaPhone)).toBe(merged);
    expect(orderCount(merged)).toBe(3);
  });

  it("a split is kept when a later import links the two sides, and the case is listed", () => {
    const { db, id, profileOf, orderCount } = setup();
    const merged = mergeProfiles(db, { first: profileOf(adaEmail), second: profileOf(adaPhone), by: "admin" });
    const { kept, moved } = splitProfile(db, { profileId: merged, move: [id(adaPhone), id(externalId("pos", "3"))], by: "admin" });
    expect(kept).not.toBe(moved);
    expect(db.$client.prepare("SELECT count(*) FROM identity_merges").pluck().get()).toBe(0);

    seedImport(db, "web", joining);
    resolveIdentities(db);
    expect(profileOf(adaEmail)).toBe(kept);
    expect(profileOf(adaPhone)).toBe(moved);
    expect(orderCount(kept)).toBe(2);
    expect(orderCount(moved)).toBe(1);
    const review = db.$client.prepare("SELECT rule, profile_ids FROM identity_reviews").get();
    // Profiles listed by their keys: email:ada@… before ext:pos:3.
    expect(review).toEqual({ rule: "split", profile_ids: JSON.stringify([kept, moved]) });

    // A full re-resolution gives the same.
    resolveIdentities(db, { full: true });
    expect([profileOf(adaEmail), profileOf(adaPhone)]).toEqual([kept, moved]);
  });

  it("merging the two sides again withdraws the split", () => {
    const { db, id, profileOf } = setup();
    seedImport(db, "web", joining);
    resolveIdentities(db);
    const both = profileOf(adaEmail);
    const { kept, moved } = splitProfile(db, { profileId: both, move: [id(adaPhone), id(externalId("pos", "3"))], by: "admin" });
    const again = mergeProfiles(db, { first: kept, second: moved, by: "admin" });
    expect(db.$client.prepare("SELECT count(*) FROM identity_splits").pluck().get()).toBe(0);
    expect(profileOf(adaPhone)).toBe(again);
    expect(profileOf(adaEmail)).toBe(again);
  });

  it("refuses a merge with itself and a split that moves nothing or everything", () => {
    const { db, id, profileOf } = setup();
    const web1 = profileOf(adaEmail);
    expect(() => mergeProfiles(db, { first: web1, second: web1, by: "admin" })).toThrow(SameProfileError);
    expect(() => splitProfile(db, { profileId: web1, move: [id(adaEmail)], by: "admin" })).toThrow(BadSplitError);
    expect(() => splitProfile(db, { profileId: web1, move: [], by: "admin" })).toThrow(BadSplitError);
  });
});
