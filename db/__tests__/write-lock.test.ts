import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

import { beginWhenFree, isBusy } from "../write-lock";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** Two connections to one file, as two processes would hold: the web server's and an import's. */
function twoConnections() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "strata-lock-"));
  folders.push(folder);
  const file = path.join(folder, "db.sqlite");
  const open = () => {
    const sqlite = new Database(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 10000");
    return sqlite;
  };
  const first = open();
  first.exec("CREATE TABLE t (v INTEGER)");
  return [first, open()] as const;
}

describe("beginWhenFree", () => {
  it("waits for the other writer's commit instead of failing, and says it waits once", async () => {
    const [holder, waiter] = twoConnections();
    holder.exec("BEGIN IMMEDIATE");
    holder.prepare("INSERT INTO t VALUES (1)").run();
    let waits = 0;
    const began = beginWhenFree(waiter, { onWait: () => waits++ });
    // Long past one retry, it is still waiting: the holder has not committed.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(waiter.inTransaction).toBe(false);
    holder.exec("COMMIT");
    await began;
    expect(waiter.inTransaction).toBe(true);
    expect(waits).toBe(1);
    // It sees the holder's row, and its own write goes through.
    waiter.prepare("INSERT INTO t VALUES (2)").run();
    waiter.exec("COMMIT");
    expect(holder.prepare("SELECT sum(v) FROM t").pluck().get()).toBe(3);
    // The connection's own busy timeout is as it was.
    expect(waiter.pragma("busy_timeout", { simple: true })).toBe(10000);
  });

  it("begins at once when nobody writes, without saying it waits", async () => {
    const [, waiter] = twoConnections();
    let waits = 0;
    await beginWhenFree(waiter, { onWait: () => waits++ });
    expect(waiter.inTransaction).toBe(true);
    expect(waits).toBe(0);
  });

  it("gives up when cancelled while it waits, holding nothing", async () => {
    const [holder, waiter] = twoConnections();
    holder.exec("BEGIN IMMEDIATE");
    const abort = new AbortController();
    const began = beginWhenFree(waiter, { signal: abort.signal });
    setTimeout(() => abort.abort(), 300);
    await expect(began).rejects.toThrow(/abort/i);
    expect(waiter.inTransaction).toBe(false);
    holder.exec("COMMIT");
  });

  it("tells SQLite's lock error from others", () => {
    const [holder, other] = twoConnections();
    holder.exec("BEGIN IMMEDIATE");
    other.pragma("busy_timeout = 0");
    let locked: unknown;
    try {
      other.exec("BEGIN IMMEDIATE");
    } catch (error) {
      locked = error;
    }
    expect(isBusy(locked)).toBe(true);
    expect(isBusy(new Error("no such table: t"))).toBe(false);
  });
});
