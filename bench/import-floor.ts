/**
 * The floor an import is measured against: the same file parsed by the
 * same streaming reader and inserted with one prepared statement in one
 * transaction, nothing else (no normalising, no identities, no metrics).
 * usage: node --import tsx bench/import-floor.ts <file.csv> <db>
 */
import Database from "better-sqlite3";

import { openDecoded } from "@/lib/ingest/read/decode";
import { readRows } from "@/lib/ingest/read/read-rows";

const [file, dbFile] = process.argv.slice(2);
const started = performance.now();
const db = new Database(dbFile);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
db.exec("CREATE TABLE rows (a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT)");
const insert = db.prepare("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?)");

db.exec("BEGIN");
let rows = 0;
for await (const batch of readRows(openDecoded(file, "utf-8").text, { kind: "delimited", delimiter: "," })) {
  for (const cells of batch.rows) {
    insert.run(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
    rows++;
  }
}
db.exec("COMMIT");
process.stdout.write(`${JSON.stringify({ rows, ms: Math.round(performance.now() - started) })}\n`);
