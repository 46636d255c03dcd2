/**
 * The floors an import is measured against, for one file and database:
 * usage: node --import tsx bench/import-floor.ts <file.csv> <db> [--tables]
 *
 * Plain: the file parsed by the same streaming reader and inserted with one
 * prepared statement in one transaction, nothing else (no normalising, no
 * identities, no metrics).
 *
 * --tables: the same rows written into Strata's own tables the way the
 * import must at the least: each order into `orders` (its unique
 * (source, order key) kept, the indexes a bulk load drops dropped), each
 * customer's email into `identifiers` (unique (kind, value)) on first sight,
 * with the cheapest reading of a value that will do for this generated file.
 * No resolution, no metrics: what writing the rows alone costs.
 */
import Database from "better-sqlite3";

import { openDatabase } from "@/db/client";
import { openDecoded } from "@/lib/ingest/read/decode";
import { readRows } from "@/lib/ingest/read/read-rows";

const [file, dbFile, mode] = process.argv.slice(2);
const started = performance.now();
const rows = mode === "--tables" ? await intoTables() : await intoOneTable();
process.stdout.write(`${JSON.stringify({ rows, ms: Math.round(performance.now() - started) })}\n`);

async function intoOneTable(): Promise<number> {
  const db = new Database(dbFile);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("CREATE TABLE rows (a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT)");
  const insert = db.prepare("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?)");
  db.exec("BEGIN");
  let count = 0;
  for await (const cells of fileRows()) {
    insert.run(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
    count++;
  }
  db.exec("COMMIT");
  return count;
}

async function intoTables(): Promise<number> {
  const sqlite = openDatabase(dbFile).$client;
  sqlite.pragma("foreign_keys = OFF");
  sqlite.exec(`INSERT INTO sources (key, label) VALUES ('orders', 'orders');
    INSERT INTO imports (source_id, file_name, preset, status, created_by)
      VALUES (1, 'floor', 'orders-csv', 'running', 'bench');
    DROP INDEX orders_profile_day; DROP INDEX orders_import; DROP INDEX orders_identifier;`);
  const order = sqlite.prepare(`INSERT INTO orders (source_id, order_key, identifier_id, profile_id,
    ordered_at, day, amount_minor, currency, status, import_id)
    VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, 1)
    ON CONFLICT (source_id, order_key) DO NOTHING`);
  const identifier = sqlite.prepare("INSERT INTO identifiers (kind, value) VALUES ('email', ?)");
  const ids = new Map<string, number>();
  sqlite.exec("BEGIN");
  let count = 0;
  for await (const [orderId, email, at, status, currency, total] of fileRows()) {
    const key = email.toLowerCase();
    let id = ids.get(key);
    if (id === undefined) {
      id = Number(identifier.run(key).lastInsertRowid);
      ids.set(key, id);
    }
    const day = Date.UTC(+at.slice(0, 4), +at.slice(5, 7) - 1, +at.slice(8, 10)) / 86_400_000;
    order.run(orderId, id, id, at, day, Math.round(Number(total) * 100), currency, status);
    count++;
  }
  sqlite.exec("COMMIT");
  return count;
}

async function* fileRows() {
  let header = true;
  const batches = readRows(openDecoded(file, "utf-8").text, { kind: "delimited", delimiter: "," });
  for await (const batch of batches) {
    for (const cells of batch.rows) {
      if (header) header = false;
      else yield cells;
    }
  }
}
