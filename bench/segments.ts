/**
 * Segment benchmark: `npm run bench:segments [-- --fresh] [--db <path>]
 * [--customers N] [--orders N]`. Generates 1.1 M customers and 5 M orders
 * into a fresh database (kept in .strata/bench/ for the next run), then
 * prints p50 and p95 over 50 runs of: two segment counts, the first page of
 * the customer list inside each, and every dashboard tile's query.
 */
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";

import { openDatabase } from "@/db/client";
import { readRfmGrid, readSegmentTotals } from "@/lib/metrics/dashboard";
import { recomputeMetrics } from "@/lib/metrics/recompute";
import { readSummary } from "@/lib/metrics/summary";
import { customerQuery, listCustomers } from "@/lib/profiles/list-customers";
import { captureStatements } from "@/lib/segments/diagnostics/capture-statements";
import { onMetricsRecomputed } from "@/lib/segments/on-metrics-recomputed";
import { breakdownSegment } from "@/lib/segments/query/breakdown-segment";
import { countSegment } from "@/lib/segments/query/count-segment";
import { segmentFilter } from "@/lib/segments/query/segment-filter";
import { createSegment } from "@/lib/segments/store/save-segment";

import { benchSegments } from "./segments-cases";
import { generateCustomers } from "./segments-generate";
import { measure, printTable, type Result } from "./segments-report";

const { values } = parseArgs({
  options: {
    db: { type: "string", default: ".strata/bench/segments.db" },
    fresh: { type: "boolean", default: false },
    customers: { type: "string", default: "1100000" },
    orders: { type: "string", default: "5000000" },
    runs: { type: "string", default: "50" },
  },
});
const file = values.db!;
const runs = Number(values.runs);

if (values.fresh || !fs.existsSync(file)) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const db = openDatabase(file);
  let started = performance.now();
  generateCustomers(db, { customers: Number(values.customers), orders: Number(values.orders) });
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const run = recomputeMetrics(db);
  console.log(
    `metric recompute (with the segment hook) ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  started = performance.now();
  onMetricsRecomputed(db);
  console.log(
    `segment hook alone (statistics, ${run.customers} customers) ${Math.round(performance.now() - started)} ms`,
  );
  const actor = { id: 1, role: "manager" as const };
  db.$client.exec(
    "INSERT INTO users (email, role, password_hash) VALUES ('bench@strata.local', 'manager', '-')",
  );
  for (const segment of benchSegments)
    createSegment(db, {
      input: { name: segment.name, description: "", rule: segment.rule },
      actor,
    });
  db.$client.close();
}

const db = openDatabase(file);
const customers = (
  db.$client.prepare("SELECT count(*) AS n FROM customer_metrics").get() as { n: number }
).n;
const orders = (db.$client.prepare("SELECT count(*) AS n FROM orders").get() as { n: number }).n;
console.log(
  `\n${customers.toLocaleString("en")} customers, ${orders.toLocaleString("en")} orders, ${runs} runs each`,
);
// Other work on the machine slows every figure; the load average says how busy it was.
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
console.log(`load average before: ${load()} (${os.cpus().length} cores)\n`);

const results: Result[] = [];
for (const segment of benchSegments) {
  const filter = segmentFilter(db, segment.rule);
  const id = (
    db.$client.prepare("SELECT id FROM segments WHERE name = ?").get(segment.name) as { id: number }
  ).id;
  const query = customerQuery.parse({ segmentId: String(id) });
  results.push(
    measure(`count: ${segment.name}`, segment.countTarget, runs, () => countSegment(db, filter)),
  );
  results.push(
    measure(
      `first page: ${segment.name}`,
      { ms: 500, on: "p95" },
      runs,
      () => listCustomers(db, query, null).total,
    ),
  );
  results.push(
    measure(`breakdown: ${segment.name}`, null, runs, () => breakdownSegment(db, filter).total),
  );
}
const tiles = captureStatements(db, () => {
  readSummary(db);
  readRfmGrid(db);
  readSegmentTotals(db);
}).filter((statement) => /customer_metrics/.test(statement.sql));
for (const tile of tiles) {
  const label = `tile: ${tile.sql.replace(/\s+/g, " ").slice(0, 60)}…`;
  const statement = db.$client.prepare(tile.sql);
  results.push(measure(label, { ms: 250, on: "p95" }, runs, () => statement.all(...tile.params)));
}
printTable(results);
console.log(`\nload average after: ${load()}`);
