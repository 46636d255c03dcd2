import path from "node:path";

import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { run } from "./run-cli";

describe("import on the command line", () => {
  it("takes encodings by the names people use, and names the ones it reads otherwise", async () => {
    const { folder, file } = tempDatabase();
    const db = path.join(folder, "cli.db");
    const gbk = path.resolve("e2e/fixtures/taobao_orders_gbk.csv");
    const read = await run("import", gbk, "--encoding", "GBK", "--source", "tb", "--dry-run",
      "--json", "--db", db);
    expect(read.error).toBeNull();
    expect(JSON.parse(read.stdout)).toMatchObject({ encoding: "gb18030", rowsRejected: 0 });

    // English headers, Chinese names, read as UTF-8 by hand: the names are left out, and the
    // terminal says which option to change.
    const mixed = file("mixed.csv", iconv.encode(["order_id,email,total,currency,order_date,name",
      "G1,g1@example.com,5.00,CNY,2026-02-01,王小明"].join("\n"), "gbk"));
    const forced = await run("import", mixed, "--encoding", "utf-8", "--source", "tb", "--dry-run",
      "--db", db);
    expect(forced.stdout).toContain("may be in another encoding; name it with --encoding " +
      "(e.g. gbk, latin1) and import again (undecoded_bytes)");

    const unknown = await run("import", gbk, "--encoding", "big5", "--db", db);
    expect(unknown.error).toHaveProperty("message", "--encoding must be one of utf-8, utf-16le, " +
      "utf-16be, gb18030, windows-1252 (gbk and gb2312 read as gb18030, latin1 as windows-1252)");
  });

  it("quotes a long bad value by its start and its length", async () => {
    const { folder, file } = tempDatabase();
    const long = `${"x".repeat(100_000)}@`;
    const orders = file("orders.csv", ["order_id,email,total,currency,order_date",
      `L1,${long},1.00,USD,2026-02-01`, "L2,l2@example.com,2.00,USD,2026-02-02"].join("\n"));
    const db = path.join(folder, "cli.db");
    const said = await run("import", orders, "--source", "pos", "--db", db);
    expect(said.error).toBeNull();
    expect(said.stdout).toContain(`value "${"x".repeat(80)}… (100,001 characters)"`);
    expect(said.stdout.length).toBeLessThan(5_000);
  });
});
