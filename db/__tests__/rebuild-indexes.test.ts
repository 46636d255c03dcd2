import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { BULK_ROWS, withIndexesRebuilt } from "../rebuild-indexes";

function table() {
  const sqlite = new Database(":memory:");
  sqlite.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, tier TEXT, key TEXT);
    CREATE INDEX t_tier ON t (tier); CREATE UNIQUE INDEX t_key ON t (key);`);
  return sqlite;
}
const indexes = (sqlite: Database.Database) =>
  sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").pluck().all();

describe("withIndexesRebuilt", () => {
  it("writes without the secondary indexes, keeps the unique one guarding, and rebuilds the rest", () => {
    const sqlite = table();
    const during = withIndexesRebuilt(sqlite, "t", () => {
      sqlite.prepare("INSERT INTO t (tier, key) VALUES ('gold', 'a'), ('base', 'b')").run();
      expect(() => sqlite.prepare("INSERT INTO t (tier, key) VALUES ('gold', 'a')").run()).toThrow(/UNIQUE/);
      return indexes(sqlite);
    });
    expect(during).toEqual(["t_key"]);
    expect(indexes(sqlite)).toEqual(["t_key", "t_tier"]);
    const plan = sqlite
      .prepare("EXPLAIN QUERY PLAN SELECT count(*) FROM t WHERE tier = 'gold'")
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join()).toContain("t_tier");
  });

  it("leaves the rollback of a failed write to bring back rows and indexes alike", () => {
    const sqlite = table();
    sqlite.exec("BEGIN");
    expect(() =>
      withIndexesRebuilt(sqlite, "t", () => {
        sqlite.exec("INSERT INTO t (tier, key) VALUES ('gold', 'a')");
        throw new Error("the write failed");
      }),
    ).toThrow("the write failed");
    expect(indexes(sqlite)).toEqual(["t_key"]);
    sqlite.exec("ROLLBACK");
    expect(indexes(sqlite)).toEqual(["t_key", "t_tier"]);
    expect(sqlite.prepare("SELECT count(*) FROM t").pluck().get()).toBe(0);
  });

  it("drops the unique index too when asked; a duplicate written meanwhile fails it", () => {
    const sqlite = table();
    const during = withIndexesRebuilt(sqlite, "t", () => {
      sqlite.exec("INSERT INTO t (tier, key) VALUES ('gold', 'a'), ('base', 'b')");
      return indexes(sqlite);
    }, { unique: true });
    expect(during).toEqual([]);
    expect(indexes(sqlite)).toEqual(["t_key", "t_tier"]);
    const duplicate = sqlite.prepare("INSERT INTO t (tier, key) VALUES ('base', 'a')");
    expect(() => duplicate.run()).toThrow(/UNIQUE/);

    sqlite.exec("BEGIN");
    const writeDuplicate = () => sqlite.exec("INSERT INTO t (tier, key) VALUES ('base', 'b')");
    const rebuildAfter = () => withIndexesRebuilt(sqlite, "t", writeDuplicate, { unique: true });
    expect(rebuildAfter).toThrow(/UNIQUE/);
    sqlite.exec("ROLLBACK");
    expect(indexes(sqlite)).toEqual(["t_key", "t_tier"]);
    expect(sqlite.prepare("SELECT count(*) FROM t").pluck().get()).toBe(2);
  });

  it("keeps the indexes up for a write of fewer rows than a bulk one", () => {
    const sqlite = table();
    const small = withIndexesRebuilt(sqlite, "t", () => indexes(sqlite), { rows: BULK_ROWS - 1 });
    expect(small).toEqual(["t_key", "t_tier"]);
    const bulk = withIndexesRebuilt(sqlite, "t", () => indexes(sqlite), { rows: BULK_ROWS });
    expect(bulk).toEqual(["t_key"]);
  });
});
