import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { profileOfIdentifier } from "../manual/anchor";
import { mergeProfiles } from "../manual/merge-profiles";
import { splitProfile } from "../manual/split-profile";
import { aliasOf } from "../profile-aliases";
import { resolveIdentities } from "../resolve";
import { seedImport } from "./seed-records";

const ada = { kind: "email" as const, value: "ada@example.com" };
const adaPhone = { kind: "phone" as const, value: "+14155550177" };
const bo = { kind: "email" as const, value: "bo@example.com" };

function setup() {
  const { db } = tempDatabase();
  seedImport(db, "web", [{ keys: [ada], order: { key: "W1", date: "2026-01-05", amount: 20, currency: "USD" } }]);
  seedImport(db, "store", [{ keys: [adaPhone], order: { key: "S1", date: "2026-02-05", amount: 30, currency: "USD" } }]);
  seedImport(db, "web", [{ keys: [bo], order: { key: "W9", date: "2026-02-09", amount: 7, currency: "USD" } }]);
  resolveIdentities(db);
  const id = (identifier: { kind: string; value: string }) =>
    db.$client.prepare("SELECT id FROM identifiers WHERE kind = ? AND value = ?").pluck().get(identifier.kind, identifier.value) as number;
  return { db, id, profileOf: (identifier: { kind: string; value: string }) => profileOfIdentifier(db, id(identifier)) };
}

describe("retired profile ids", () => {
  it("point at the profile a merge moved their identifiers to, and stop when they are a profile again", () => {
    const { db, id, profileOf } = setup();
    const [web, store] = [profileOf(ada), profileOf(adaPhone)];
    const merged = mergeProfiles(db, { first: web, second: store, by: "admin" });
    const retired = merged === web ? store : web;
    expect(aliasOf(db, retired)).toBe(merged);
    expect(aliasOf(db, merged)).toBeNull();
    expect(aliasOf(db, profileOf(bo))).toBeNull();

    const { moved } = splitProfile(db, { profileId: merged, move: [id(merged === web ? adaPhone : ada)], by: "admin" });
    expect(moved).toBe(retired);
    expect(aliasOf(db, retired)).toBeNull();
  });

  it("follow a chain: an id retired into one that is retired later points at the last", () => {
    const { db, profileOf } = setup();
    const first = mergeProfiles(db, { first: profileOf(ada), second: profileOf(adaPhone), by: "admin" });
    const aliases = () => db.$client.prepare("SELECT old_id, profile_id FROM profile_aliases ORDER BY old_id").raw().all();
    expect(aliases()).toHaveLength(1);
    const [[oldId]] = aliases() as [number, number][];
    const second = mergeProfiles(db, { first, second: profileOf(bo), by: "admin" });
    expect(aliases()).toHaveLength(2);
    for (const [, target] of aliases() as [number, number][]) expect(target).toBe(second);
    expect(aliasOf(db, oldId)).toBe(second);
  });
});
