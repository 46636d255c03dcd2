import path from "node:path";

import { describe, expect, it } from "vitest";

import { fixture } from "@/lib/ingest/__tests__/case-helpers";
import { tempDatabase } from "@/lib/testing/temp-db";

import { CliError } from "../cli";

import { run } from "./run-cli";

describe("recompute --as-of", () => {
  it("recomputes at a date within the orders, and refuses one that measures nobody", async () => {
    const { folder } = tempDatabase();
    const db = path.join(folder, "cli.db");
    const taobao = fixture("exports", "taobao_orders.csv");
    expect((await run("import", taobao, "--source", "shop", "--db", db)).error).toBeNull();
    const first = await run("recompute", "--json", "--db", db);
    const dates = JSON.parse(first.stdout) as { asOf: string };

    const within = await run("recompute", "--as-of", dates.asOf, "--json", "--db", db);
    expect(within.error).toBeNull();
    expect(JSON.parse(within.stdout)).toMatchObject({ asOf: dates.asOf });

    const today = new Date().toISOString().slice(0, 10);
    const nextYear = `${Number(today.slice(0, 4)) + 1}-01-01`;
    for (const asOf of ["2000-01-01", nextYear]) {
      const refused = await run("recompute", "--as-of", asOf, "--db", db);
      expect(refused.error).toBeInstanceOf(CliError);
      expect((refused.error as CliError).message).toMatch(new RegExp(
        `^--as-of ${asOf} measures nobody: ` +
        `give a date from the first order \\(\\d{4}-\\d\\d-\\d\\d\\) ` +
        `to today \\(${today}\\)$`));
    }
    expect((await run("recompute", "--as-of", "2024-02-30", "--db", db)).error)
      .toHaveProperty("message", '--as-of must be a date YYYY-MM-DD, not "2024-02-30"');
  });
});
