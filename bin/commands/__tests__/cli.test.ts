import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { fixture } from "@/lib/ingest/__tests__/case-helpers";
import { openDatabase } from "@/db/client";
import { tempDatabase } from "@/lib/testing/temp-db";

import { CliError, commandFirst } from "../cli";

import { run } from "./run-cli";

describe("the command line", () => {
  it("takes --db before the command too, and says a bad password in one line", async () => {
    expect(commandFirst(["--db", "shop.db", "users", "list"]))
      .toEqual(["users", "list", "--db", "shop.db"]);
    expect(commandFirst(["--db=shop.db", "summary"])).toEqual(["summary", "--db=shop.db"]);
    expect(commandFirst(["import", "a.csv", "--db", "x.db"]))
      .toEqual(["import", "a.csv", "--db", "x.db"]);
    const { folder } = tempDatabase();
    const db = path.join(folder, "cli.db");
    const short = await run("users", "add", "ana@example.com", "--role", "marketer", "--password",
      "abc", "--db", db);
    expect((short.error as CliError).message).toBe("password: at least 8 characters");
  });

  it("lists every option of a command, and where the database is, on --help", async () => {
    const { stdout, error } = await run("import", "--help");
    expect(error).toBeNull();
    for (const option of ["--mapping-file", "--encoding", "--day-order", "--decimal-mark", "--json",
      "--db <file>"]) {
      expect(stdout).toContain(option);
    }
  });

  it("asks whether a point before three digits marks the cents, and takes the answer by name",
    async () => {
    const { folder, file } = tempDatabase();
    const grouped = file("bestellungen.csv", "order_id,email,date,total,currency\n" +
      "D-1,anna@example.de,2025-03-04,12.500,EUR\nD-2,ben@example.de,2025-03-05,2.750,EUR\n");
    const db = path.join(folder, "cli.db");
    const base = ["import", grouped, "--source", "shop-de", "--db", db];
    const asked = await run(...base);
    expect((asked.error as CliError).message).toBe(`${grouped}: amounts like 12.500 could be a ` +
      "decimal (12.50) or thousands (12,500.00) and no row tells; pass --decimal-mark point or " +
      "comma (the character before the cents)");
    const wrong = await run(...base, "--decimal-mark", "dot");
    expect((wrong.error as CliError).message)
      .toBe("--decimal-mark must be point (12.50) or comma (12,50)");
    const { stdout, error } = await run(...base, "--decimal-mark", "comma", "--json");
    expect(error).toBeNull();
    const { sales } = JSON.parse(stdout) as { sales: { currency: string; amountMinor: number }[] };
    expect(sales).toEqual([expect.objectContaining({ currency: "EUR", amountMinor: 1_525_000 })]);
  });

  it("answers a file it cannot place in JSON when asked for JSON, and still fails", async () => {
    const { folder, file } = tempDatabase();
    const csv = "Order Ref,Customer Mail,When,Grand Total\nA1,a@example.com,2024-01-01,10\n";
    const odd = file("odd.csv", csv);
    const db = path.join(folder, "cli.db");
    const { stdout, error } = await run("import", odd, "--json", "--db", db);
    expect(error).toBeInstanceOf(CliError);
    type Problem = { code: string; params: Record<string, string>; message: string };
    const { problem } = JSON.parse(stdout) as { problem: Problem };
    expect(problem.code).toBe("unrecognised");
    expect(problem.params.closest).toMatch(/^orders-csv \(/);
    expect(problem.message).toContain("--mapping-file");
  });

  it("suggests a mapping for a file no preset knows, which --mapping-file then reads", async () => {
    const { folder, file } = tempDatabase();
    const kasse = file("kasse.csv", "Kundennummer;Betrag;Datum;E-Mail\n" +
      "K-1;12,50;05.03.2026;a@example.de\nK-2;7,00;16.03.2026;b@example.de\n");
    const db = path.join(folder, "cli.db");
    const { stdout } = await run("import", kasse, "--json", "--dry-run", "--db", db);
    const { suggested } = (JSON.parse(stdout) as { problem: { suggested: unknown } }).problem;
    expect(suggested).toEqual({
      kind: "order",
      columns: {
        customerId: ["Kundennummer"], amount: ["Betrag"], orderedAt: ["Datum"], email: ["E-Mail"],
      },
    });
    const mapping = file("kasse-mapping.json", JSON.stringify(suggested));
    const mapped = await run("import", kasse, "--mapping-file", mapping, "--source", "kasse",
      "--currency", "EUR", "--json", "--dry-run", "--db", db);
    expect(mapped.error).toBeNull();
    expect(JSON.parse(mapped.stdout)).toMatchObject({ recordsNew: 2, rowsRejected: 0,
      sales: [{ currency: "EUR", orders: 2, amountMinor: 1950 }] });
  });

  it("asks a generic order file its source and its currency, and refuses a currency not in use", async () => {
    const { folder, file } = tempDatabase();
    const orders = file("pos.csv", "receipt_no,email,datetime,amount\nP-1,a@example.com,2024-06-01 12:00,18.00\n");
    const db = path.join(folder, "cli.db");
    const unnamed = await run("import", orders, "--db", db);
    expect((unnamed.error as CliError).message).toContain("name the source it comes from with --source");
    expect((unnamed.error as CliError).message).toContain("and say which currency its amounts are in with --currency");
    const unpriced = await run("import", orders, "--source", "till", "--db", db);
    expect((unpriced.error as CliError).message).toContain("--currency EUR");
    const typo = await run("import", orders, "--source", "till", "--currency", "EUU", "--db", db);
    expect((typo.error as CliError).message).toContain('not "EUU"');
    const region = await run("import", orders, "--source", "till", "--currency", "EUR", "--phone-region", "zz", "--db", db);
    expect((region.error as CliError).message).toContain('--phone-region must be a two-letter region such as US, FR or CN (not "ZZ")');
    const { stdout, error } = await run("import", orders, "--source", "till", "--currency", "eur", "--db", db);
    expect(error).toBeNull();
    expect(stdout).toContain("rows of new customers        1 (1 customer)\n");
    expect(stdout).toContain("new sales in EUR             1 order, 18.00 EUR\n");
  });

  it("names refunds beside sales, and a row kept as an order of its own as imported", async () => {
    const { folder, file } = tempDatabase();
    const orders = file("shops.csv", [
      "order_id,email,created_at,total",
      "A1,a@example.com,2024-01-01,10.00",
      "A1,b@example.com,2024-01-02,7.00",
      "R1,c@example.com,2024-01-03,-4.00",
    ].join("\n"));
    const db = path.join(folder, "cli.db");
    const { stdout, error } = await run("import", orders, "--currency", "USD", "--source", "shop", "--db", db);
    expect(error).toBeNull();
    expect(stdout).toContain("new sales in USD             2 orders and 1 refund, net 13.00 USD\n");
    expect(stdout).toContain('row 3, column "order_id", value "A1": imported, as an order of its own, ');
  });

  it("finds a customer by a phone typed as the export wrote it, without its country code", async () => {
    const { folder } = tempDatabase();
    const db = path.join(folder, "cli.db");
    const taobao = fixture("exports", "taobao_orders.csv");
    expect((await run("import", taobao, "--db", db)).error).toBeNull();
    // The store's default region is the US, where 13800138001 is no number; the Taobao rows were
    // read as China's.
    const { stdout, error } = await run("profile", "13800138001", "--json", "--db", db);
    expect(error).toBeNull();
    expect(JSON.parse(stdout).identifiers).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: "phone", value: "+8613800138001" }),
    ]));
    const unknown = await run("profile", "555", "--db", db);
    expect(String(unknown.error)).toContain("a phone without its country code reads as one of US");
  });

  it("dry-runs against a database that does not exist yet without creating it", async () => {
    const { folder, file } = tempDatabase();
    const orders = file("orders.csv", "order_id,email,created_at,total\nA1,a@example.com,2024-01-01,10.00\n");
    const db = path.join(folder, "not-yet.db");
    const { stdout, error } = await run("import", orders, "--dry-run", "--currency", "USD", "--source", "shop", "--json", "--db", db);
    expect(error).toBeNull();
    expect(JSON.parse(stdout)).toMatchObject({ dryRun: true, rowsRead: 1, recordsNew: 1, customersNew: 1 });
    expect(fs.existsSync(db)).toBe(false);
  });

  it("shows one group of settings by the name `settings get` lists it under, or one setting by its path", async () => {
    const { folder } = tempDatabase();
    const db = path.join(folder, "cli.db");
    const group = await run("settings", "get", "general", "--db", db);
    expect(group.error).toBeNull();
    expect(JSON.parse(group.stdout)).toMatchObject({ timeZone: "UTC", baseCurrency: null });
    const one = await run("settings", "get", "tierValue", "--db", db);
    expect(JSON.parse(one.stdout)).toBe("trailing12m");
  });

  it("waits for another process's import to commit, then imports and rolls back", async () => {
    const { folder, file } = tempDatabase();
    const dbFile = path.join(folder, "cli.db");
    const orders = file("pos.csv",
      "receipt_no,email,datetime,amount\nP-1,a@example.com,2024-06-01 12:00,18.00\n");
    const other = openDatabase(dbFile);
    try {
      // Another process writes; it could for longer than the busy timeout (write-lock.test.ts).
      other.$client.exec("BEGIN IMMEDIATE");
      const imported =
        run("import", orders, "--source", "pos", "--currency", "EUR", "--json", "--db", dbFile);
      setTimeout(() => other.$client.exec("COMMIT"), 500);
      const { stdout, stderr, error } = await imported;
      expect(error).toBeNull();
      const summary = JSON.parse(stdout) as { importId: number; recordsNew: number };
      expect(summary.recordsNew).toBe(1);
      expect(stderr).toContain("waiting for another import or rollback to finish");

      other.$client.exec("BEGIN IMMEDIATE");
      const rolledBack =
        run("rollback", String(summary.importId), "--yes", "--json", "--db", dbFile);
      setTimeout(() => other.$client.exec("COMMIT"), 500);
      const rollback = await rolledBack;
      expect(rollback.error).toBeNull();
      const { removed } = JSON.parse(rollback.stdout) as { removed: { orders: number } };
      expect(removed.orders).toBe(1);
      const status = other.$client.prepare("SELECT status FROM imports WHERE id = ?").pluck();
      expect(status.get(summary.importId)).toBe("rolled_back");
    } finally {
      other.$client.close();
    }
  });
});
