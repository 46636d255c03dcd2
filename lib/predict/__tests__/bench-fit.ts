/**
 * Fit-time benchmark (not a test): `npx tsx lib/predict/__tests__/bench-fit.ts [CDNOW_master.txt]`.
 * Times fitModels (BG/NBD + Gamma-Gamma) on the 2,357-customer sample and on the full
 * 23,570-customer CDNOW master file, cold (first call in the process) and warm (median of 5),
 * plus scoring every customer (24-month CLV). The master file defaults to the shared data
 * folder beside the repository.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fitModels } from "../fit";
import { scoreCustomers } from "../score";
import { summarise, type CustomerOrders } from "../summarise";
import { CALIBRATION, loadSampleTransactions, parseTransactions } from "./cdnow";

const defaultMaster = fileURLToPath(new URL("../../../../shared/data/cdnow/CDNOW_master.txt", import.meta.url));
const masterPath = process.argv[2] ?? defaultMaster;

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
