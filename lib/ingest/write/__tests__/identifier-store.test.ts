import { describe, expect, it } from "vitest";

import { BULK_ROWS } from "@/db/rebuild-indexes";
import { tempDatabase } from "@/lib/testing/temp-db";

import { IdentifierStore } from "../identifier-store";

const hasUniqueIndex = (db: ReturnType<typeof tempDatabase>["db"]) =>
  db.$client.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'identifiers_kind_value'")
    .pluck().get() === 1;

function storedIdentifiers() {
  const { db } = tempDatabase();
  db.$client.exec(`INSERT INTO identifiers (id, kind, value, profile_id) VALUES
    (7, 'email', 'ann@example.com', 4242), (8, 'phone', '+8613800138000', NULL)`);
  return db;
}

describe("IdentifierStore", () => {
  it("on a bulk load finds stored identifiers without the unique index, built back at the end", () => {
    const db = storedIdentifiers();
    db.$client.exec("BEGIN");
    const store = new IdentifierStore(db, 1, "shop", BULK_ROWS);
    expect(hasUniqueIndex(db)).toBe(false);

    const ann = store.id({ kind: "email", value: "ann@example.com" });
    expect(ann).toBe(7);
    expect(store.likelyProfile(ann, { kind: "email", value: "ann@example.com" })).toBe(4242);
    expect(store.id({ kind: "phone", value: "+8613800138000" })).toBe(8);
    const bo = store.id({ kind: "email", value: "bo@example.com" });
    expect(bo).toBe(9);
    expect(store.firstNew).toBe(9);
    expect(store.id({ kind: "email", value: "bo@example.com" })).toBe(9);

    store.finish();
    expect(hasUniqueIndex(db)).toBe(true);
    db.$client.exec("COMMIT");
    const stored = db.$client.prepare("SELECT kind, value FROM identifiers ORDER BY id").raw();
    expect(stored.all()).toEqual([
      ["email", "ann@example.com"], ["phone", "+8613800138000"], ["email", "bo@example.com"],
    ]);
  });

  it("keeps the unique index for a small file, and a rollback brings back one dropped", () => {
    const db = storedIdentifiers();
    const small = new IdentifierStore(db, 1, "shop", BULK_ROWS - 1);
    expect(hasUniqueIndex(db)).toBe(true);
    expect(small.id({ kind: "email", value: "ann@example.com" })).toBe(7);

    db.$client.exec("BEGIN");
    new IdentifierStore(db, 1, "shop", BULK_ROWS).id({ kind: "email", value: "cy@example.com" });
    expect(hasUniqueIndex(db)).toBe(false);
    db.$client.exec("ROLLBACK");
    expect(hasUniqueIndex(db)).toBe(true);
    expect(db.$client.prepare("SELECT count(*) FROM identifiers").pluck().get()).toBe(2);
  });
});
