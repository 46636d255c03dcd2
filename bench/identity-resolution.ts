/**
 * Identity resolution at scale: a million identifiers over 300,000 people
 * (bench/identity-generate.ts), resolved in full from nothing, again with
 * nothing new (incremental and full), and after a small import. Prints
 * seconds per run and the peak memory of this process (the generator runs
 * in its own process, so its memory is not counted).
 *
 *   npm run bench:identity [-- <people>]
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

import { openDatabase } from "@/db/client";
import { recordLinks } from "@/lib/identity/record-links";
import { resolveIdentities, type ResolutionResult } from "@/lib/identity/resolve";

const people = process.argv[2] ?? "300000";
const file = path.resolve(".strata", "bench", "identity.db");
const generated = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "bench/identity-generate.ts", file, people],
  { stdio: "inherit" },
);
if (generated.status !== 0) process.exit(generated.status ?? 1);

const db = openDatabase(file);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const show = (label: string, run: ResolutionResult) =>
  console.log(
    `${label.padEnd(40)} ${(run.durationMs / 1000).toFixed(2).padStart(7)} s  ` +
      `${run.mode.padEnd(11)} scope ${run.scope.toLocaleString("en").padStart(9)}  ` +
      `changed ${run.profilesChanged.toLocaleString("en").padStart(7)}  peak ${peakMb()} MB`,
  );

const first = resolveIdentities(db);
show("first run (every identifier new)", first);
console.log(`  → ${first.profiles.toLocaleString("en")} profiles`);
show("again, nothing new", resolveIdentities(db));
show("full re-run, nothing new", resolveIdentities(db, { full: true }));

// A small import: 1,000 new people and 1,000 known ones seen with a new phone.
const sqlite = db.$client;
sqlite.transaction(() => {
  const importId = Number(
    sqlite
      .prepare(`INSERT INTO imports (source_id, file_name, preset, status, created_by)
        VALUES (1, 'more.csv', 'bench', 'done', 'bench')`)
      .run().lastInsertRowid,
  );
  const upsert = sqlite.prepare(`INSERT INTO identifiers (kind, value) VALUES (?, ?)
    ON CONFLICT (kind, value) DO UPDATE SET kind = excluded.kind RETURNING id`);
  const link = sqlite.prepare("INSERT OR IGNORE INTO identity_links (from_id, to_id, import_id) VALUES (?, ?, ?)");
  for (let k = 0; k < 2000; k++) {
    const p = k < 1000 ? 10_000_000 + k : k * 250;
    const keys: [string, string][] = [["email", `p${p}@example.com`], ["phone", `+1${3000000000 + p}`]];
    const ids = keys.map(([kind, value]) => (upsert.get(kind, value) as { id: number }).id);
    for (const [a, b] of recordLinks(ids)) link.run(a, b, importId);
  }
  show("small import (2,000 records)", resolveIdentities(db));
})();
const check = resolveIdentities(db, { full: true });
show("full re-run after it", check);
console.log(
  check.profilesChanged === 0 ? "ok: the incremental run left what a full run gives" : "FAIL: full run changed profiles",
);
const misplaced = sqlite
  .prepare(`SELECT count(*) FROM orders o JOIN identifiers i ON i.id = o.identifier_id
    WHERE o.profile_id IS NOT i.profile_id`)
  .pluck()
  .get() as number;
console.log(misplaced === 0
  ? "ok: every order is on its identifier's profile"
  : `FAIL: ${misplaced} orders misplaced`);
