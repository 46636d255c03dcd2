import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import type { Db } from "@/db/client";
import type { ConsentStatus } from "@/lib/campaigns/audience/consent";
import type { CampaignInput, TargetInput } from "@/lib/campaigns/campaign-input";
import { readCampaign } from "@/lib/campaigns/read-campaign";
import { createCampaign } from "@/lib/campaigns/save-campaign";
import { runImport } from "@/lib/ingest/run-import";
import { tempDatabase } from "@/lib/testing/temp-db";

/** Test databases built from the shared cases (see fixtures/README.md). */
const fixture = (name: string) => path.join(__dirname, "fixtures", name);

export async function importOrders(db: Db, name: string, source = "shop") {
  await runImport(db, { file: fixture(name), preset: "orders-csv", currency: "USD", source, createdBy: "test" });
}

/** Imports orders written in the test itself (orders-csv columns). */
export async function importOrderText(db: Db, csv: string, source = "shop") {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "strata-orders-"));
  const file = path.join(folder, "orders.csv");
  fs.writeFileSync(file, csv);
  await runImport(db, { file, preset: "orders-csv", currency: "USD", source, createdBy: "test" });
}

/** Writes consent events as a consent importer would: per identifier and channel, with the source's change time. */
export function consentWriter(db: Db, sourceKey: string) {
  const sqlite = db.$client;
  const sourceId = Number(
    sqlite.prepare("INSERT INTO sources (key, label) VALUES (?, ?)").run(sourceKey, sourceKey).lastInsertRowid,
  );
  const importId = Number(
    sqlite
      .prepare(`INSERT INTO imports (source_id, file_name, preset, status, created_by)
        VALUES (?, 'members.csv', 'test', 'done', 'test')`)
      .run(sourceId).lastInsertRowid,
  );
  const find = sqlite.prepare("SELECT id, profile_id FROM identifiers WHERE kind = ? AND value = ?");
  const insert = sqlite.prepare(`INSERT INTO consent_events
    (identifier_id, profile_id, channel, status, changed_at, source_id, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  return (kind: "email" | "phone", value: string, channel: string, status: ConsentStatus, changedAt: string) => {
    const identifier = find.get(kind, value) as { id: number; profile_id: number } | undefined;
    if (!identifier) throw new Error(`no identifier ${kind}:${value}`);
    insert.run(identifier.id, identifier.profile_id, channel, status, changedAt, sourceId, importId);
  };
}

type Member = [email: string, status: ConsentStatus, lastChanged: string];

/** Case 17's four Mailchimp exports, as (email, status, LAST_CHANGED). */
export const case17Exports: Member[][] = [
  [["alice.wong@example.com", "subscribed", "2024-02-01 12:00:00"], ["bob.diaz@example.com", "subscribed", "2023-05-11 09:02:00"]],
  [["carol.ito@example.com", "unsubscribed", "2024-05-20 18:30:00"]],
  [["dan.okafor@example.com", "cleaned", "2024-04-02 07:00:00"]],
  [
    ["alice.wong@example.com", "subscribed", "2023-03-01 10:05:00"],
    ["carol.ito@example.com", "subscribed", "2024-01-10 09:00:00"],
    ["dan.okafor@example.com", "subscribed", "2023-12-01 09:00:00"],
  ],
];

/** Case 17 with the member exports loaded in the given order (the case checks 1-2-3-4 and 4-1-2-3). */
export async function case17Database(uploadOrder = [0, 1, 2, 3]) {
  const { db } = tempDatabase();
  await importOrders(db, "case17-orders.csv");
  const consent = consentWriter(db, "mailchimp");
  for (const i of uploadOrder) for (const [email, status, at] of case17Exports[i]) consent("email", email, "email", status, at);
  return db;
}

export function addUser(db: Db, role: "admin" | "manager" | "marketer", email = `${role}@test.local`) {
  return Number(
    db.$client
      .prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, 'x')")
      .run(email, role, role).lastInsertRowid,
  );
}

export const emailTarget = (kind: TargetInput["kind"], key: string, channel: TargetInput["variants"][number]["channel"] = "email"): TargetInput => ({
  kind,
  key,
  variants: [{ label: "A", channel, message: `Hello ${key}`, offer: "10% off", weight: 1 }],
});

/** A draft with sensible terms; the test overrides what it is about. */
export function draftCampaign(db: Db, overrides: Partial<CampaignInput> = {}) {
  const userId = addUser(db, "marketer", `m${Math.random()}@test.local`);
  const input: CampaignInput = {
    name: "Summer",
    goal: "retain",
    coreMessage: "Thank you for shopping with us",
    startDate: "2024-07-01",
    endDate: "2024-07-31",
    attributionDays: 30,
    holdoutPercent: 0,
    marginPercent: 40,
    fixedCost: 0,
    costPerContact: 0,
    budget: 0,
    excludeBuyersDays: null,
    targets: [emailTarget("stage", "new")],
    ...overrides,
  };
  const campaignId = createCampaign(db, { input, userId, currency: "USD" });
  return readCampaign(db, { campaignId });
}
