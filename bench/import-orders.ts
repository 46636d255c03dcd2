/**
 * Import benchmark: `npm run bench:import [-- --rows 1000000 --customers 220000] [--names]`.
 * Generates a seeded orders CSV (once, into bench/out/), then in the same run
 * times the floor and the table-writes floor (bench/import-floor.ts) and the
 * real import through the command line the web upload also runs (parse,
 * normalise, identifiers, identity resolution, metric recompute, one
 * transaction), each in its own process on a fresh database, and prints
 * rows/s and peak memory of each.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { build } from "esbuild";

import { importProcessEnv } from "@/lib/ingest/import-process-env";

import { generateOrdersCsv } from "./import-generate";

const { values } = parseArgs({
  options: { rows: { type: "string" }, customers: { type: "string" }, names: { type: "boolean" } },
});
const rows = Number(values.rows ?? 1_000_000);
const customers = Number(values.customers ?? Math.round(rows * 0.22));

const names = Boolean(values.names);
const file = path.join("bench", "out", `orders-${rows}-${customers}${names ? "-named" : ""}.csv`);
if (!fs.existsSync(file)) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  process.stdout.write(`generating ${file}…\n`);
  await generateOrdersCsv(file, { rows, customers, names });
}
const megabytes = fs.statSync(file).size / 2 ** 20;

// Each run is a whole process, so all three start from bundled JavaScript, as the import does
// (scripts/cli-bundle.mjs): the floor loaded through tsx would carry 0.7 s the import does not.
const floorScript = await bundled("bench/import-floor.ts");
// Brings the command line's bundle up to date before it is timed.
spawnSync(process.execPath, ["--conditions=react-server", "scripts/strata.mjs", "--help"],
  { stdio: "ignore" });
const floor = run([floorScript, file, freshDb()]);
const tables = run([floorScript, file, freshDb(), "--tables"]);
const full = run(
  ["scripts/strata.mjs", "import", file, "--source", "bench-shop", "--json", "--db", freshDb()],
);
const summary = JSON.parse(full.stdout) as {
  recordsNew: number;
  customersNew: number;
  steps: { read: number; resolve: number; metrics: number };
};

const line = (label: string, r: { ms: number; peak: number }) =>
  `${label.padEnd(34)} ${(r.ms / 1000).toFixed(1).padStart(6)} s ${Math.round(rows / (r.ms / 1000)).toLocaleString("en").padStart(10)} rows/s  peak ${r.peak} MB`;
process.stdout.write(
  [
    `${rows.toLocaleString("en")} rows, ${customers.toLocaleString("en")} customers${names ? ", with names" : ""}, ` +
      `${megabytes.toFixed(0)} MB (${os.cpus().length} cores)`,
    line("floor (parse + 1 insert, 1 tx)", floor),
    line("rows into Strata's tables only", tables),
    line("import (identities + metrics)", full),
    `  steps: read and write ${seconds(summary.steps.read)}, ` +
      `resolution ${seconds(summary.steps.resolve)}, metrics ${seconds(summary.steps.metrics)}`,
    `ratio to floor: ${ratio(full)}× (table writes alone ${ratio(tables)}×); ` +
      `orders ${summary.recordsNew.toLocaleString("en")}, ` +
      `customers ${summary.customersNew.toLocaleString("en")}`,
  ].join("\n") + "\n",
);

function ratio(run: { ms: number }): string {
  return (run.ms / floor.ms).toFixed(2);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function bundled(entry: string): Promise<string> {
  const outfile = path.join("bench", "out", `${path.basename(entry, ".ts")}.mjs`);
  await build({
    entryPoints: [entry], outfile, bundle: true, platform: "node", format: "esm",
    packages: "external", logLevel: "warning",
  });
  return outfile;
}

function freshDb(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), "strata-bench-")), "bench.db");
}

function run(args: string[]) {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "./bench/peak-memory.mjs", ...args],
    { encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, ...importProcessEnv } },
  );
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`${args[0]} failed: ${child.stderr}`);
  const peak = Number(/peak-rss-mb (\d+)/.exec(child.stderr)?.[1] ?? 0);
  return { ms, peak, stdout: child.stdout };
}
