import type { Db } from "@/db/client";
import { hashProfileKey } from "@/lib/identity/profile-id";
import { isoToDay } from "@/lib/ingest/normalise/dates";

import { mulberry32 } from "./seeded-random";

/**
 * Writes a seeded, generated customer base straight into a fresh database
 * with prepared statements: profiles with attributes, one email identifier
 * each, orders spread over three years on four channels, and email consent.
 * The same seed always gives the same data.
 */
export type GenerateOptions = { customers: number; orders: number; seed?: number };

const cities = [
  ["上海", "华东"],
  ["北京", "华北"],
  ["广州", "华南"],
  ["深圳", "华南"],
  ["杭州", "华东"],
  ["成都", "西南"],
  ["南京", "华东"],
  ["武汉", "华中"],
  ["西安", "西北"],
  ["重庆", "西南"],
  ["苏州", "华东"],
  ["天津", "华北"],
  ["长沙", "华中"],
  ["郑州", "华中"],
  ["青岛", "华东"],
  ["沈阳", "东北"],
  ["宁波", "华东"],
  ["厦门", "华东"],
  ["昆明", "西南"],
  ["大连", "东北"],
  ["合肥", "华东"],
  ["福州", "华东"],
  ["济南", "华东"],
  ["哈尔滨", "东北"],
  ["Singapore", "SG"],
  ["London", "GB"],
  ["New York", "US"],
  ["Sydney", "AU"],
] as const;
const tags = [
  "vip-club",
  "newsletter",
  "wholesale",
  "gift-buyer",
  "student",
  "staff",
  "influencer",
  "b2b",
];
const channels = [
  ["tmall", "CNY"],
  ["jd", "CNY"],
  ["web", "CNY"],
  ["store", "CNY"],
] as const;
export const FIRST_DAY = isoToDay("2022-01-01")!;
export const LAST_DAY = isoToDay("2024-12-31")!;


export function generateCustomers(db: Db, options: GenerateOptions) {
  const rand = mulberry32(options.seed ?? 20240601);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  // Zipf-like: big cities hold most customers.
  const city = () => cities[Math.min(cities.length - 1, Math.floor(cities.length * rand() ** 2.2))];
  const sqlite = db.$client;

  sqlite.exec(`INSERT INTO sources (key, label) VALUES ('tmall', 'Tmall'), ('jd', 'JD'), ('web', 'Web shop'),
    ('store', 'Stores'), ('mail', 'Mailing list')`);
  sqlite.exec(`INSERT INTO imports (source_id, file_name, preset, status, created_by)
    VALUES (1, 'generated', 'bench', 'done', 'bench')`);

  const profile =
    sqlite.prepare(`INSERT INTO profiles (id, key, name, email, gender, birthday, city, region,
    country, tags, first_seen_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const identifier = sqlite.prepare(
    "INSERT INTO identifiers (id, kind, value, profile_id) VALUES (?, 'email', ?, ?)",
  );
  const consent =
    sqlite.prepare(`INSERT INTO consent_events (identifier_id, profile_id, channel, status, changed_at,
    source_id, import_id) VALUES (?, ?, 'email', ?, ?, 5, 1)`);
  const order =
    sqlite.prepare(`INSERT INTO orders (source_id, order_key, identifier_id, profile_id, ordered_at,
    day, amount_minor, currency, channel, status, counts, import_id) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, NULL, ?, 1)`);

  // Buyers get a share of the orders weighted by a heavy-tailed appetite.
  const buyers = Math.round(options.customers * 0.7);
  const appetite = new Float64Array(buyers);
  let appetiteSum = 0;
  for (let i = 0; i < buyers; i++) appetiteSum += appetite[i] = 1 / (0.05 + rand()) ** 1.3;

  // Every buyer has one order; the rest follow appetite, rounded at random so the total holds on average.
  const extra = options.orders - buyers;
  const load = sqlite.transaction(() => {
    for (let i = 0; i < options.customers; i++) {
      const email = `c${i}@example.com`;
      const id = hashProfileKey(`email:${email}`);
      const [name, region] = city();
      const country = region.length === 2 ? region : "CN";
      const year = 1955 + Math.floor(rand() * 50);
      const month = 1 + Math.floor(rand() * 12);
      const date = 1 + Math.floor(rand() * 28);
      const mmdd = `${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
      const shape = rand();
      const birthday = shape < 0.65 ? `${year}-${mmdd}` : shape < 0.75 ? mmdd : null;
      const tagList = tags.filter(() => rand() < 0.12);
      const gender = rand() < 0.1 ? null : rand() < 0.58 ? "female" : "male";
      const firstSeen = FIRST_DAY - 365 + Math.floor(rand() * (LAST_DAY - FIRST_DAY + 365));
      profile.run(
        id,
        `email:${email}`,
        `Customer ${i}`,
        email,
        gender,
        birthday,
        name,
        region,
        country,
        tagList.length ? JSON.stringify(tagList) : null,
        firstSeen,
      );
      identifier.run(i + 1, email, id);
      if (rand() < 0.6) consent.run(i + 1, id, "subscribed", "2022-01-01 00:00:00");
      if (rand() < 0.15) consent.run(i + 1, id, "unsubscribed", "2023-06-01 00:00:00");

      if (i >= buyers) continue;
      const share = (appetite[i] / appetiteSum) * extra;
      const n = 1 + Math.floor(share) + (rand() < share % 1 ? 1 : 0);
      const home = Math.floor(rand() * channels.length);
      const start = FIRST_DAY + Math.floor(rand() * (LAST_DAY - FIRST_DAY));
      for (let k = 0; k < n; k++) {
        const [channel, currency] = rand() < 0.7 ? channels[home] : pick(channels);
        const day = start + Math.floor(rand() * (LAST_DAY - start + 1));
        const amount = Math.round(Math.exp(4 + rand() * 2.5)) * 100;
        order.run(
          home + 1,
          `${i}-${k}`,
          i + 1,
          id,
          day,
          amount,
          currency,
          channel,
          rand() < 0.02 ? 0 : 1,
        );
      }
    }
  });
  withoutIndexes(db, "orders", load);
}

/** Bulk loads run faster with the table's secondary indexes built once afterwards. */
function withoutIndexes(db: Db, table: string, load: () => void) {
  const sqlite = db.$client;
  const indexes = sqlite
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
    )
    .all(table) as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
  load();
  for (const index of indexes) sqlite.exec(index.sql);
}
