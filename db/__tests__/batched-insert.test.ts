import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

import { batchedInsert } from "../batched-insert";

describe("batchedInsert", () => {
  it("writes every row, full statements and the rest, in order and with nulls intact", () => {
    const sqlite = new Database(":memory:");
    sqlite.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, amount REAL)");
    const insert = batchedInsert(sqlite, "INSERT INTO t (id, name, amount)", 3);
    for (let id = 1; id <= 130; id++) insert.add(id, id % 10 === 0 ? null : `n${id}`, id / 4);
    // Two statements of 64 rows have gone in; the last two wait for flush.
    expect(sqlite.prepare("SELECT count(*) FROM t").pluck().get()).toBe(128);
    insert.flush();
    insert.flush();
    const rows = sqlite.prepare("SELECT id, name, amount FROM t ORDER BY id").raw().all();
    expect(rows).toHaveLength(130);
    expect(rows[0]).toEqual([1, "n1", 0.25]);
    expect(rows[9]).toEqual([10, null, 2.5]);
    expect(rows[129]).toEqual([130, null, 32.5]);
  });

  it("refuses a row of the wrong width rather than shift every later value", () => {
    const sqlite = new Database(":memory:");
    sqlite.exec("CREATE TABLE t (a, b)");
    const insert = batchedInsert(sqlite, "INSERT INTO t (a, b)", 2);
    expect(() => insert.add(1, 2, 3)).toThrow("a row of 3 values, not 2");
  });
});
