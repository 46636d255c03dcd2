/**
 * How long a campaign's audience takes to work out, freeze, measure and
 * export, on a synthetic store of N profiles (default 100,000; pass sizes as
 * arguments, e.g. `npm run bench:campaigns -- 100000 1000000`). Each profile
 * has a tier and stage, an email with a consent history (80 % subscribed,
 * 12 % unsubscribed later, 5 % cleaned, 3 % none), a last order, and a third
 * of them a touch from an earlier live campaign. Prints one line per size.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { openDatabase, type Db } from "@/db/client";
import { resolveAudience } from "@/lib/campaigns/audience/resolve-audience";
import { audienceFile } from "@/lib/campaigns/exports/audience-file";
import { readCampaign } from "@/lib/campaigns/read-campaign";
import { measureCampaign } from "@/lib/campaigns/results/measure-campaign";
import { createCampaign } from "@/lib/campaigns/save-campaign";
import { transitionCampaign } from "@/lib/campaigns/transition-campaign";
import { toCsv } from "@/lib/export/csv";

import { seedStore, SEND_DAY } from "./campaign-store";

const tiers = ["vip", "gold", "silver", "bronze", "base"] as const;

/** Wall time; the machine is shared, so CPU time is printed too for a steadier figure. */
function time<T>(work: () => T): [T, string] {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(cpu);
  return [result, `${(performance.now() - wall).toFixed(0)} ms (${((used.user + used.system) / 1000).toFixed(0)} ms CPU)`];
}

function run(db: Db, size: number) {
  const admin = { id: 1, role: "admin" as const };
  const campaignId = createCampaign(db, {
    userId: 1,
    currency: "USD",
    input: {
      name: "bench", goal: "retain", coreMessage: "", startDate: "2024-07-01", endDate: "2024-07-31",
      attributionDays: 30, holdoutPercent: 10, marginPercent: 30, fixedCost: 500, costPerContact: 0.1,
      budget: 1000, excludeBuyersDays: 7,
      targets: tiers.map((key) => ({ kind: "tier" as const, key, variants: [
        { label: "A", channel: "email" as const, message: "m", offer: "a", weight: 1 },
        { label: "B", channel: "email" as const, message: "m", offer: "b", weight: 1 },
      ] })),
    },
  });
  const campaign = readCampaign(db, { campaignId });
  const [audience, resolveMs] = time(() => resolveAudience(db, { campaign }));
  const [csv, exportMs] = time(() => toCsv(audienceFile("email", campaign, audience).rows));
  transitionCampaign(db, { campaignId, action: "submit", user: admin });
  const [, launchMs] = time(() => transitionCampaign(db, { campaignId, action: "launch", user: admin }));
  // A tenth of the profiles order in the window: the measure reads them all.
  db.$client.exec(`INSERT INTO orders (source_id, order_key, identifier_id, profile_id, ordered_at, day, amount_minor, currency, import_id)
    SELECT 1, 'r' || id, id, id, '2024-07-05 10:00:00', ${SEND_DAY + 4}, 5000, 'USD', 1 FROM profiles WHERE id % 10 = 0`);
  const [, measureMs] = time(() => measureCampaign(db, { campaign: readCampaign(db, { campaignId }) }));
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
  console.log(
    `${size.toLocaleString("en")} profiles: contacted ${audience.funnel.total.treatment.toLocaleString("en")}, ` +
      `resolve ${resolveMs}, email CSV ${exportMs} (${mb(Buffer.byteLength(csv))} MB), ` +
      `launch ${launchMs}, measure ${measureMs}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB`,
  );
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
for (const size of sizes.length ? sizes : [100_000]) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "strata-bench-campaigns-"));
  const db = openDatabase(path.join(folder, "bench.db"));
  seedStore(db, size);
  run(db, size);
  db.$client.close();
  fs.rmSync(folder, { recursive: true, force: true });
}
