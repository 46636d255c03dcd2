/**
 * Generated customers and orders for the recompute benchmark, written straight into a
 * migrated database with prepared statements in one transaction (the importer is measured
 * elsewhere). Customers arrive over the first 20 months of a 24-month window and buy as the
 * BG/NBD assumes: at a personal Poisson rate (gamma across customers) until they drop out
 * (beta-distributed chance after each purchase); amounts are log-normal around a personal
 * mean. The purchase rates are scaled until the total is the requested order count, and the
 * last few orders are trimmed or added to hit it exactly. Deterministic: the same sizes give
 * the same data.
 */
import type { Db } from "@/db/client";
import { hashProfileKey } from "@/lib/identity/profile-id";
import { dayToIso, isoToDay } from "@/lib/ingest/normalise/dates";

import { mulberry32 } from "./seeded-random";

export const WINDOW_DAYS = 730;
export const FIRST_DAY = isoToDay("2023-01-01") ?? 0;


function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** Marsaglia-Tsang gamma(shape, 1), boosted for shape < 1. */
function gamma(next: () => number, shape: number): number {
  if (shape < 1) return gamma(next, shape + 1) * next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const z = normal(next);
    const v = (1 + c * z) ** 3;
    if (v > 0 && Math.log(next()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
  }
}

type Customer = { first: number; rate: number; dropout: number; mean: number };

function drawCustomers(count: number, next: () => number): Customer[] {
  return Array.from({ length: count }, () => {
    const [x, y] = [gamma(next, 0.8), gamma(next, 3)];
    return {
      first: Math.floor(next() * (WINDOW_DAYS - 120)),
      rate: gamma(next, 0.6),
      dropout: x / (x + y),
      mean: Math.exp(3.5 + 0.7 * normal(next)),
    };
  });
}

/** Repeat purchase days of each customer at rates × scale (seeded per customer). */
function simulate(customers: Customer[], scale: number, seed: number): number[][] {
  return customers.map((c, i) => {
    const next = mulberry32(seed + i);
    const days: number[] = [];
    for (let t = c.first; ; ) {
      t += -Math.log(1 - next()) / (c.rate * scale);
      if (t >= WINDOW_DAYS) return days;
      days.push(Math.floor(t));
      if (next() < c.dropout) return days;
    }
  });
}

/** Order rows by day, as a chronological export would deliver them. */
function planOrders(customers: number, orders: number) {
  const next = mulberry32(customers * 31 + orders);
  const people = drawCustomers(customers, next);
  let scale = 0.02;
  let repeats = simulate(people, scale, customers);
  for (let round = 0; round < 4; round++) {
    const total = repeats.reduce((sum, days) => sum + days.length, 0);
    scale *= (orders - customers) / Math.max(total, 1);
    repeats = simulate(people, scale, customers);
  }
  const who: number[] = [];
  const day: number[] = [];
  people.forEach((c, i) => {
    who.push(i);
    day.push(c.first);
  });
  repeats.forEach((days, i) => days.forEach((d) => (who.push(i), day.push(d))));
  while (who.length > orders) {
    const k = customers + Math.floor(next() * (who.length - customers));
    [who[k], day[k]] = [who[who.length - 1], day[day.length - 1]];
    who.pop();
    day.pop();
  }
  while (who.length < orders) {
    const c = Math.floor(next() * customers);
    who.push(c);
    day.push(people[c].first + Math.floor(next() * (WINDOW_DAYS - people[c].first)));
  }
  const order = Uint32Array.from({ length: orders }, (_, k) => k).sort((a, b) => day[a] - day[b]);
  const amount = (c: number) =>
    Math.max(100, Math.round(people[c].mean * Math.exp(0.3 * normal(next)) * 100));
  return { order, who: Int32Array.from(who), day: Int32Array.from(day), amount };
}

export function generateData(db: Db, customers: number, orders: number) {
  const sqlite = db.$client;
  const plan = planOrders(customers, orders);
  sqlite.transaction(() => {
    sqlite.exec(`INSERT INTO sources (key, label) VALUES ('bench', 'Benchmark');
      INSERT INTO imports (source_id, file_name, preset, status, created_by)
        VALUES (1, 'generated', 'orders-csv', 'done', 'bench')`);
    const identifier = sqlite.prepare(
      "INSERT INTO identifiers (id, kind, value, profile_id) VALUES (?, 'ext', ?, ?)",
    );
    const profile = sqlite.prepare("INSERT INTO profiles (id, key) VALUES (?, ?)");
    const profileOf = new Float64Array(customers);
    for (let c = 0; c < customers; c++) {
      const key = `ext:bench:${c}`;
      profileOf[c] = hashProfileKey(key);
      profile.run(profileOf[c], key);
      identifier.run(c + 1, key.slice(4), profileOf[c]);
    }
    const insert =
      sqlite.prepare(`INSERT INTO orders (source_id, order_key, identifier_id, profile_id,
      ordered_at, day, amount_minor, currency, counts, import_id) VALUES (1, ?, ?, ?, ?, ?, ?, 'USD', 1, 1)`);
    for (const k of plan.order) {
      const c = plan.who[k];
      const day = FIRST_DAY + plan.day[k];
      insert.run(`o${k}`, c + 1, profileOf[c], `${dayToIso(day)} 12:00:00`, day, plan.amount(c));
    }
  })();
  return { customers, orders };
}

/** More orders for existing customers on the last day: what a daily import adds. */
export function addOrders(db: Db, count: number, customers: number) {
  const next = mulberry32(count);
  const sqlite = db.$client;
  const day = FIRST_DAY + WINDOW_DAYS;
  const insert =
    sqlite.prepare(`INSERT INTO orders (source_id, order_key, identifier_id, profile_id,
    ordered_at, day, amount_minor, currency, counts, import_id) VALUES (1, ?, ?, ?, ?, ?, ?, 'USD', 1, 1)`);
  sqlite.transaction(() => {
    for (let k = 0; k < count; k++) {
      const c = Math.floor(next() * customers);
      insert.run(
        `new${k}`,
        c + 1,
        hashProfileKey(`ext:bench:${c}`),
        `${dayToIso(day)} 09:00:00`,
        day,
        2500 + k,
      );
    }
  })();
}
