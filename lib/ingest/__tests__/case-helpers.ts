import path from "node:path";

import type { Db } from "@/db/client";
import type { CountryCode } from "libphonenumber-js";
import { parseLookup } from "@/lib/profiles/lookup-identifier";
import { findProfileId, readProfile } from "@/lib/profiles/read-profile";
import { writeSettings, readSettings } from "@/lib/settings/read-settings";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { runImport, type ImportRequest } from "@/lib/ingest/run-import";

export const fixture = (...parts: string[]) => path.join(__dirname, "fixtures", ...parts);

/** Store settings a case declares (its time zone, its default phone region). */
export function useSettings(db: Db, settings: { timeZone?: string; phoneRegion?: string }) {
  writeSettings(db, "general", { ...readSettings(db, "general"), ...settings });
}

export function importFile(db: Db, file: string, request: Partial<ImportRequest> = {}) {
  return runImport(db, { file, createdBy: "test", ...request });
}

/** What the profile page shows of one customer: orders, spend per currency, first and last order day. */
export function customer(db: Db, who: string) {
  const region = readSettings(db, "general").phoneRegion as CountryCode;
  const identifier = parseLookup(who, region);
  const id = identifier && findProfileId(db, identifier);
  const profile = id ? readProfile(db, id) : null;
  if (!profile) throw new Error(`no customer ${who}`);
  const m = profile.metrics;
  return {
    id: profile.id,
    frequency: m?.orders ?? 0,
    spend: profile.revenueByCurrency,
    first: m?.firstDay != null ? dayToIso(m.firstDay) : null,
    last: m?.lastDay != null ? dayToIso(m.lastDay) : null,
    identifiers: profile.identifiers.map((i) => `${i.kind}:${i.value}`),
  };
}

export function count(db: Db, sql: string, ...params: unknown[]): number {
  return db.$client.prepare(sql).pluck().get(...params) as number;
}

/** Runs a check under each server time zone; dates must not depend on it. */
export async function underTimeZones(check: () => Promise<void>) {
  const original = process.env.TZ;
  try {
    for (const zone of ["UTC", "America/Los_Angeles"]) {
      process.env.TZ = zone;
      await check();
    }
  } finally {
    process.env.TZ = original;
  }
}
