import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { openDatabase } from "@/db/client";
import { tempDatabase } from "@/lib/testing/temp-db";

describe("openDatabase", () => {
  it("shrinks the log a large rolled-back write left, after the next checkpoint", () => {
    const { folder } = tempDatabase();
    const file = path.join(folder, "wal.db");
    const reader = openDatabase(file).$client;
    expect(reader.pragma("journal_size_limit", { simple: true })).toBe(67_108_864);
    // The same rule with a small limit, so that the test writes megabytes, not a 64 MB log.
    reader.pragma("journal_size_limit = 1048576");
    reader.exec("CREATE TABLE filler (text TEXT)");
    const writer = openDatabase(file).$client;
    writer.pragma("cache_size = -1024");
    writer.exec("BEGIN");
    const insert = writer.prepare("INSERT INTO filler VALUES (?)");
    for (let i = 0; i < 100_000; i++) insert.run("x".repeat(50));
    writer.exec("ROLLBACK");
    writer.close();
    const wal = `${file}-wal`;
    expect(fs.statSync(wal).size).toBeGreaterThan(4 << 20);
    reader.pragma("wal_checkpoint(PASSIVE)");
    reader.exec("INSERT INTO filler VALUES ('after')");
    expect(fs.statSync(wal).size).toBeLessThanOrEqual(1 << 20);
  });
});
