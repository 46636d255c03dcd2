/**
 * Recompute benchmark: `npm run bench:recompute [-- 1m|5m]` (both by default).
 * Generates 220 k customers / 1 M orders and 1.1 M customers / 5 M orders into
 * bench/out/, then, in a fresh process per size, times:
 *   first recompute   no cache yet: reads every order once, fits, back-fills;
 *   metric recompute  RFM, tiers and stages from the cached history (nothing else changed);
 *   cut-off change    a pyramid setting changes: metrics and the whole back-fill again;
 *   new orders        10 k orders arrive: the cache rereads only their customers,
 *                     refits, recomputes, back-fills;
 *   model fit         BG/NBD + Gamma-Gamma on the cached history, apart from scoring;
 * and prints the process's peak resident memory. Targets: metric recompute under 1.5 s
 * at 1 M orders and under 8 s at 5 M.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { openDatabase } from "@/db/client";
import { resolveAsOfDay } from "@/lib/metrics/as-of";
import { refreshHistory } from "@/lib/metrics/history/refresh-history";
import { fitHistory } from "@/lib/metrics/predictions/fit-history";
import { recomputeMetrics, type RecomputeResult } from "@/lib/metrics/recompute";
import { writeSettings } from "@/lib/settings/read-settings";

import { addOrders, generateData } from "./recompute-data";

const sizes: Record<string, [number, number]> = {
  "1m": [220_000, 1_000_000],
  "5m": [1_100_000, 5_000_000],
};
const [mode, size] = process.argv.slice(2);
const fileFor = (name: string) => path.join("bench", "out", `recompute-${name}.db`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function show(label: string, r: RecomputeResult) {
  const s = r.steps;
  console.log(
    `  ${label.padEnd(17)} ${seconds(r.durationMs).padStart(8)}  (history ${seconds(s.history)} [${r.historyMode}],` +
      ` fit+score ${seconds(s.predictions)}, RFM/tiers/stages ${seconds(s.metrics)}, back-fill ${seconds(s.snapshots)};` +
      ` ${r.snapshotPeriods} periods, ${r.movedTier} moved tier)`,
  );
}

function measure(name: string) {
  const [customers] = sizes[name];
  const db = openDatabase(fileFor(name));
  show("first recompute", recomputeMetrics(db));
  const again = recomputeMetrics(db);
  console.log(
    `  ${"metric recompute".padEnd(17)} ${seconds(again.steps.history + again.steps.metrics).padStart(8)}  (cache read ${seconds(again.steps.history)} + RFM/tiers/stages ${seconds(again.steps.metrics)}; whole call ${seconds(again.durationMs)})`,
  );
  writeSettings(db, "models", { tierShares: { vip: 0.02, gold: 0.04, silver: 0.15, bronze: 0.3 } });
  show("cut-off change", recomputeMetrics(db));
  addOrders(db, 10_000, customers);
  show("new orders (10 k)", recomputeMetrics(db));

  const { history } = db.$client.transaction(() =>
    refreshHistory(db, { base: "USD", rates: {} }),
  )();
  const started = performance.now();
  const fit = fitHistory(history, {
    fromDay: null,
    toDay: null,
    unit: "week",
    asOfDay: resolveAsOfDay(history, null, null),
  });
  const models = fit?.models;
  console.log(
    `  ${"model fit".padEnd(17)} ${seconds(performance.now() - started).padStart(8)}  (BG/NBD + Gamma-Gamma from scratch,` +
      ` ${models?.customers} customers, weekly, all history; r ${models?.bgnbd.status === "fitted" ? models.bgnbd.r.toFixed(3) : "—"})`,
  );
  console.log(`  peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "bench/recompute.ts", ...args], {
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (mode === "--generate") {
  const [customers, orders] = sizes[size];
  fs.mkdirSync(path.dirname(fileFor(size)), { recursive: true });
  fs.rmSync(fileFor(size), { force: true });
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(fileFor(size) + suffix, { force: true });
  const started = performance.now();
  generateData(openDatabase(fileFor(size)), customers, orders);
  console.log(
    `generated ${customers.toLocaleString("en")} customers, ${orders.toLocaleString("en")} orders in ${seconds(performance.now() - started)}`,
  );
} else if (mode === "--measure") {
  measure(size);
} else {
  for (const name of mode ? [mode] : Object.keys(sizes)) {
    if (!sizes[name])
      throw new Error(`unknown size ${name}; use ${Object.keys(sizes).join(" or ")}`);
    console.log(`${name}:`);
    run(["--generate", name]);
    run(["--measure", name]);
  }
}
