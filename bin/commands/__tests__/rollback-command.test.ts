import path from "node:path";

import { describe, expect, it } from "vitest";

import { openDatabase } from "@/db/client";
import { fixture } from "@/lib/ingest/__tests__/case-helpers";
import { tempDatabase } from "@/lib/testing/temp-db";

import { CliError } from "../cli";

import { run } from "./run-cli";

const taobao = fixture("exports", "taobao_orders.csv");

describe("rolling an import back from the command line", () => {
  it("lists the history, says what would go, and rolls back only on --yes", async () => {
    const { folder } = tempDatabase();
    const db = path.join(folder, "cli.db");
    expect((await run("imports", "--db", db)).stdout).toBe("No imports yet.\n");
    expect((await run("import", taobao, "--source", "shop", "--db", db)).error).toBeNull();
    expect((await run("import", taobao, "--source", "shop", "--db", db)).error).toBeNull();

    const history = await run("imports", "--db", db);
    const lines = history.stdout.split("\n");
    expect(lines[0]).toMatch(/^#2 {5}\d{4}-\d\d-\d\d \d\d:\d\d {2}done {8}taobao_orders\.csv /);
    expect(lines[0]).toContain("36 rows: 0 new, 36 already in");
    expect(lines[1]).toContain("36 rows: 36 new, 0 already in");
    expect(history.stdout).toContain("Page 1 of 1 (2 imports).");
    const listed = JSON.parse((await run("imports", "--json", "--db", db)).stdout) as
      { total: number; imports: { id: number; recordsNew: number }[] };
    expect(listed.total).toBe(2);
    expect(listed.imports.map((row) => [row.id, row.recordsNew])).toEqual([[2, 0], [1, 36]]);

    const dry = await run("rollback", "1", "--dry-run", "--db", db);
    expect(dry.error).toBeNull();
    expect(dry.stdout).toContain(
      "Rolling back import #1 takes out what taobao_orders.csv brought in:\n" +
      "  28 sales worth 7074.20 CNY\n");
    // The re-import found its 36 orders already there: they go with the first import.
    expect(dry.stdout).toContain("Later imports of the same source (#2) found some of its records");

    // Not a terminal, and no --yes: nothing changes, and it says how to go ahead.
    const unasked = await run("rollback", "1", "--db", db);
    expect(unasked.error).toBeInstanceOf(CliError);
    expect((unasked.error as CliError).message)
      .toBe("nothing was changed: add --yes to roll it back");
    expect(unasked.stderr).toContain("28 sales worth 7074.20 CNY");
    const status = (id: number) => {
      const sqlite = openDatabase(db).$client;
      try {
        return sqlite.prepare("SELECT status FROM imports WHERE id = ?").pluck().get(id);
      } finally {
        sqlite.close();
      }
    };
    expect(status(1)).toBe("done");

    const done = await run("rollback", "1", "--yes", "--db", db);
    expect(done.error).toBeNull();
    expect(done.stdout).toMatch(new RegExp("^Rolled back import #1: removed 36 order lines, " +
      "36 orders, 33 contact records, 33 identity links and 66 identifiers no other import has;"));
    expect(status(1)).toBe("rolled_back");

    const again = await run("rollback", "1", "--dry-run", "--db", db);
    expect((again.error as CliError).message)
      .toBe("import #1: only a finished import can be rolled back (this one is rolled back)");
    const past = await run("imports", "--page", "2", "--db", db);
    expect((past.error as CliError).message).toBe("there is 1 page of imports");
    const missing = await run("rollback", "9", "--db", db);
    expect((missing.error as CliError).message).toBe("import #9: there is no such import");
  });
});
