import { eq } from "drizzle-orm";

import type { Db } from "@/db/client";
import { settings } from "@/db/schema";
import { campaignSettings } from "@/lib/campaigns/settings";

import { generalSettings, generalSettingsToSave, modelSettings } from "./schema";

const schemas = { general: generalSettings, models: modelSettings, campaigns: campaignSettings };
// What a save must satisfy besides: see generalSettingsToSave.
const savedSchemas = { ...schemas, general: generalSettingsToSave };
type Key = keyof typeof schemas;

/** A settings group with defaults filled in for anything not yet saved. */
export function readSettings<K extends Key>(db: Db, key: K) {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return schemas[key].parse(row?.value ?? {}) as ReturnType<(typeof schemas)[K]["parse"]>;
}

export function writeSettings<K extends Key>(db: Db, key: K, value: unknown) {
  const parsed = savedSchemas[key].parse(value);
  db.insert(settings)
    .values({ key, value: parsed })
    .onConflictDoUpdate({ target: settings.key, set: { value: parsed } })
    .run();
  return parsed;
}
