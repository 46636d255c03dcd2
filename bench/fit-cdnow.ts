/**
 * Fit-time benchmark: `npm run bench:fit`. Times fitModels (BG/NBD + Gamma-Gamma) on the
 * 2,357-customer CDNOW sample and on all 23,570 customers of the bundled master file,
 * cold (first call in the process) and warm (median of 5), plus scoring every customer
 * (24-month CLV). Target: the fit on 23,570 customers under 2 s.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

import { fitModels, scoreCustomers, summarise, type CustomerOrders } from "@/lib/predict";
import { CALIBRATION, loadSampleTransactions, parseTransactions } from "@/lib/predict/__tests__/cdnow";

const masterPath = process.argv[2] ?? path.join("db", "seed", "cdnow", "CDNOW_master.txt");

function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function bench(label: string, orders: CustomerOrders[]): void {
  const summary = summarise(orders, CALIBRATION, "week");
  const cold = time(() => fitModels(summary.customers, { unit: "week" }));
  const warm = Array.from({ length: 5 }, () => time(() => fitModels(summary.customers, { unit: "week" })).ms);
  warm.sort((a, b) => a - b);
  const clvOptions = { horizonMonths: 24, margin: 0.3, monthlyDiscountRate: 0.01 };
  const scoring = time(() => scoreCustomers(cold.result, summary.customers, clvOptions));
  const { bgnbd, gammaGamma } = cold.result;
  console.log(`${label}: ${summary.customers.length} customers`);
  console.log(
    `  fitModels cold ${cold.ms.toFixed(0)} ms, warm median ${warm[2].toFixed(0)} ms;`,
    `scoring (24-month CLV) ${scoring.ms.toFixed(0)} ms`,
  );
  console.log(`  bgnbd ${JSON.stringify(bgnbd)}`);
  console.log(`  gammaGamma ${JSON.stringify(gammaGamma)}`);
}

bench("CDNOW sample", loadSampleTransactions());
bench("CDNOW master", parseTransactions(readFileSync(masterPath, "utf8"), 0, 1));
