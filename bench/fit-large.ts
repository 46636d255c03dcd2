/**
 * Fit-time benchmark on large synthetic cohorts: `npm run bench:fit-large [-- rows [runs]]`.
 * Times fitModels (weekly unit, no start point, as a first import fits) on two seeded cohorts
 * and prints the median of `runs` fits (default 3) with the fitted parameters:
 * - uniform: the orders bench/import-generate.ts writes for `rows` rows (default 1 M: 217,718
 *   buyers), drawn here in memory in the same order from the same seed, cancelled ones left out
 *   as the importer does: ~4.6 orders per buyer at uniform random times over 3 years, nobody
 *   drops out, so the BG/NBD runs to its box edge;
 * - dropout: as many BG/NBD buyers (λ ~ Gamma(0.5, 60 days), p ~ Beta(0.8, 2.5)) acquired uniformly
 *   over the same 3 years, spending Gamma-Gamma amounts (p = 6, q = 3.7, γ = 15, CDNOW-like):
 *   interior optima.
 */
import { fitModels, summarise, type CustomerOrders, type DayOrder } from "@/lib/predict";

import { mulberry32 } from "./seeded-random";

const DAYS = 3 * 365;
const FIRST_DAY = Date.UTC(2022, 0, 1) / 86_400_000;
const rows = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 3);

/** generateOrdersCsv's rows (same draws: buyer, time, cents, status, email case); paid ones by day. */
function uniformCohort(random: () => number): CustomerOrders[] {
  const slots = Math.round(rows * 0.22);
  const days = Array.from({ length: slots }, () => new Map<number, number>());
  for (let i = 0; i < rows; i++) {
    const buyer = Math.floor(random() * slots);
    const day = FIRST_DAY + Math.floor(Math.floor(random() * DAYS * 86_400) / 86_400);
    const amount = (500 + Math.floor(random() * 40_000)) / 100;
    const cancelled = random() < 0.03;
    random();
    if (!cancelled) days[buyer].set(day, (days[buyer].get(day) ?? 0) + amount);
  }
  return days.flatMap((byDay, i) => (byDay.size === 0 ? [] : [{ id: String(i), orders: sorted(byDay) }]));
}

/**
 * BG/NBD buyers: Poisson purchases at rate λ, dropping out with probability p after each;
 * each order's amount ~ Gamma(6, ν) around the buyer's own ν ~ Gamma(3.7, 15).
 */
function dropoutCohort(random: () => number, customers: number): CustomerOrders[] {
  return Array.from({ length: customers }, (_, i) => {
    const rate = gamma(random, 0.5) / 60;
    const dropout = beta(random, 0.8, 2.5);
    const spendRate = gamma(random, 3.7) / 15;
    const byDay = new Map<number, number>();
    let time = Math.floor(random() * DAYS);
    do {
      const day = FIRST_DAY + Math.floor(time);
      byDay.set(day, (byDay.get(day) ?? 0) + gamma(random, 6) / spendRate);
      time += -Math.log(1 - random()) / rate;
    } while (time < DAYS && random() >= dropout);
    return { id: String(i), orders: sorted(byDay) };
  });
}

const sorted = (byDay: Map<number, number>): DayOrder[] =>
  [...byDay].sort(([d1], [d2]) => d1 - d2).map(([day, amount]) => ({ day, amount }));

/** Gamma(shape, 1) by Marsaglia & Tsang; shapes below 1 boosted by U^(1/shape). */
function gamma(random: () => number, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(1 - random()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

function beta(random: () => number, a: number, b: number): number {
  const x = gamma(random, a);
  return x / (x + gamma(random, b));
}


function bench(label: string, orders: CustomerOrders[]): void {
  const toDay = orders.reduce((latest, o) => Math.max(latest, o.orders[o.orders.length - 1].day), FIRST_DAY);
  const { customers: inputs } = summarise(orders, { fromDay: FIRST_DAY, toDay }, "week");
  const times: number[] = [];
  let models = null;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    models = fitModels(inputs, { unit: "week" });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: ${inputs.length} customers, ${runs} fits`);
  const each = times.map((t) => t.toFixed(0)).join(", ");
  console.log(`  fitModels median ${times[Math.floor(runs / 2)].toFixed(0)} ms (${each})`);
  console.log(`  bgnbd ${JSON.stringify(models?.bgnbd)}`);
  console.log(`  gammaGamma ${JSON.stringify(models?.gammaGamma)}`);
}

const uniform = uniformCohort(mulberry32(20240601));
bench("uniform, no dropout", uniform);
bench("BG/NBD with dropout", dropoutCohort(mulberry32(20240602), uniform.length));
