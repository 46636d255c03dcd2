/**
 * Writes the identity benchmark's database: 300,000 invented people with
 * about a million identifiers, seen across five sources the way exports see
 * them (several records per person, the same pairs again and again), with
 * the cases the guards meet: guest checkouts, families sharing an email,
 * store front-desk phones on hundreds of loyalty cards. Deterministic.
 *
 *   node --conditions=react-server --import tsx bench/identity-generate.ts <file> [people]
 */
import fs from "node:fs";

import { openDatabase } from "@/db/client";
import { hashProfileKey } from "@/lib/identity/profile-id";
import { recordLinks } from "@/lib/identity/record-links";

const [file, peopleArg] = process.argv.slice(2);
const PEOPLE = Number(peopleArg ?? 300_000);
for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
const db = openDatabase(file);
const sqlite = db.$client;

let seed = 20260101;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const chance = (p: number) => random() < p;
const pick = (n: number) => Math.floor(random() * n);

const sources = ["shop", "crm", "pos", "wechat", "mail"];
const sourceIds = sources.map((key) =>
  Number(sqlite.prepare("INSERT INTO sources (key, label) VALUES (?, ?)").run(key, key).lastInsertRowid),
);
const importIds = sourceIds.map((id, i) =>
  Number(
    sqlite
      .prepare(`INSERT INTO imports (source_id, file_name, preset, status, created_by)
        VALUES (?, ?, 'bench', 'done', 'bench')`)
      .run(id, `${sources[i]}.csv`).lastInsertRowid,
  ),
);

const ids = new Map<string, number>();
const insertIdentifier = sqlite.prepare("INSERT INTO identifiers (id, kind, value) VALUES (?, ?, ?)");
const insertLink = sqlite.prepare("INSERT OR IGNORE INTO identity_links (from_id, to_id, import_id) VALUES (?, ?, ?)");
// Written as the importer writes them: with the profile their identifier most likely gets.
const insertOrder = sqlite.prepare(`INSERT INTO orders (source_id, order_key, identifier_id,
  profile_id, ordered_at, day, amount_minor, currency, channel, import_id)
  VALUES (?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?)`);
let orders = 0;
const idOf = (key: string) => {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size + 1;
    ids.set(key, id);
    const colon = key.indexOf(":");
    insertIdentifier.run(id, key.slice(0, colon), key.slice(colon + 1));
  }
  return id;
};
/** One record of source `s`: its identifiers linked pairwise; an order for shop and pos rows. */
const record = (s: number, keys: string[]) => {
  const recordIds = keys.map(idOf);
  for (const [a, b] of recordLinks(recordIds)) insertLink.run(a, b, importIds[s]);
  if (s === 0 || s === 2) {
    const day = 20000 + pick(800);
    const amount = 500 + pick(20000);
    const likelyProfile = hashProfileKey(keys[0]);
    insertOrder.run(sourceIds[s], `o${++orders}`, recordIds[0], likelyProfile,
      "2024-01-01 10:00:00", day, amount, sources[s], importIds[s]);
  }
};

const started = performance.now();
sqlite.transaction(() => {
  for (let p = 0; p < PEOPLE; p++) {
    const emails = chance(0.05) ? [] : [`email:p${p}@example.com`, ...(chance(0.1) ? [`email:p${p}.work@example.org`] : [])];
    const phones = chance(0.2) ? [] : [`phone:+1${2000000000 + p}`, ...(chance(0.1) ? [`phone:+44${7700000000 + p}`] : [])];
    const family = p % 50 === 1 ? `email:family${p - 1}@example.net` : p % 50 === 0 ? `email:family${p}@example.net` : null;
    const contact = [...emails.slice(0, 1), ...(family ? [family] : []), ...phones.slice(0, 1)];
    if (chance(0.6)) {
      const visits = 1 + pick(3);
      for (let visit = 0; visit < visits; visit++) record(0, [`ext:shop:${p}`, ...contact, ...(visit ? phones.slice(1) : [])]);
    }
    if (chance(0.05)) for (let g = 0; g < 2 + pick(3); g++) record(0, [`ext:shop-guest:${p}-${g}`, ...emails.slice(0, 1)]);
    if (chance(0.5)) record(1, [`ext:crm:${p}`, ...emails, ...phones]);
    if (chance(0.25)) {
      const desk = chance(0.05) ? [`phone:+861050000${String(pick(20)).padStart(3, "0")}`] : phones.slice(0, 1);
      record(2, [`ext:loyalty_card:${p}`, ...desk]);
    }
    if (chance(0.2)) record(3, [`ext:wechat_openid:o${p}`, ...(chance(0.3) ? phones.slice(0, 1) : [])]);
    if (emails.length && chance(0.4)) record(4, emails.slice(0, 1));
  }
})();
const links = sqlite.prepare("SELECT count(*) FROM identity_links").pluck().get();
console.log(
  `generated ${PEOPLE.toLocaleString("en")} people: ${ids.size.toLocaleString("en")} identifiers, ` +
    `${Number(links).toLocaleString("en")} links, ${orders.toLocaleString("en")} orders ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
sqlite.close();
