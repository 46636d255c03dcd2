import type { Db } from "@/db/client";
import type { IdentitySettings } from "@/lib/identity/settings";

import { chooseAttributes, type SourceRecord } from "./choose-attributes";
import { fillScope, scopeJoin, sqlDay, type ProfileScope } from "./profile-scope";
import { refreshChannels } from "./refresh-channels";

/**
 * Rewrites what profiles show and segments filter on, for the profiles a
 * resolution touched (or all): the chosen name, gender, birthday, location
 * and tags, the smallest email and phone, the first day seen, and the
 * preferred channels.
 */
export function refreshProfiles(db: Db, scope: ProfileScope, settings: IdentitySettings): number {
  fillScope(db, scope);
  const sqlite = db.$client;
  const chosen = chosenAttributes(db, scope, settings.sourceRank);
  const firstSeen = new Map(
    sqlite.prepare(firstSeenQuery(scope)).raw().all() as [number, number][],
  );
  const contacts = sqlite
    .prepare(`SELECT i.profile_id, min(CASE WHEN i.kind = 'email' THEN i.value END),
        min(CASE WHEN i.kind = 'phone' THEN i.value END)
      FROM identifiers i ${scopeJoin(scope, "i.profile_id")} GROUP BY i.profile_id`)
    .raw()
    .all() as [number, string | null, string | null][];

  const update = sqlite.prepare(`UPDATE profiles SET email = ?, phone = ?, name = ?, gender = ?, birthday = ?,
    city = ?, region = ?, country = ?, tags = ?, first_seen_day = ? WHERE id = ?`);
  for (const [id, email, phone] of contacts) {
    const a = chosen.get(id);
    const location = a?.location.shown?.value;
    const tags = a?.tags.shown?.value;
    update.run(email, phone, a?.name.shown?.value ?? null, a?.gender.shown?.value ?? null,
      a?.birthday.shown?.value ?? null, location?.city ?? null, location?.region ?? null,
      location?.country ?? null, tags ? JSON.stringify(tags) : null, firstSeen.get(id) ?? null, id);
  }
  refreshChannels(db, scope);
  return contacts.length;
}

function chosenAttributes(db: Db, scope: ProfileScope, sourceRank: string[]) {
  const rows = db.$client
    .prepare(`SELECT c.profile_id, s.key, c.attributes, c.observed_at, c.id
      FROM contact_records c JOIN sources s ON s.id = c.source_id ${scopeJoin(scope, "c.profile_id")}
      WHERE c.profile_id IS NOT NULL ORDER BY c.profile_id`)
    .raw()
    .iterate() as Iterable<[number, string, string, string | null, number]>;
  const chosen = new Map<number, ReturnType<typeof chooseAttributes>>();
  let current: number | null = null;
  let records: SourceRecord[] = [];
  const settle = () => {
    if (current !== null) chosen.set(current, chooseAttributes(records, sourceRank));
  };
  for (const [profileId, source, attributes, observedAt, recordId] of rows) {
    if (profileId !== current) {
      settle();
      [current, records] = [profileId, []];
    }
    records.push({ source, attributes: parseObject(attributes), observedAt, recordId });
  }
  settle();
  return chosen;
}

function parseObject(json: string): Record<string, unknown> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The earliest day any fact of the profile was seen. */
function firstSeenQuery(scope: ProfileScope): string {
  const parts = [
    ["orders", "t.day"],
    ["interactions", "t.day"],
    ["tickets", "t.day"],
    ["contact_records", sqlDay("t.observed_at")],
    ["consent_events", sqlDay("t.changed_at")],
  ].map(([table, day]) => `SELECT t.profile_id, min(${day}) AS day FROM ${table} t ${scopeJoin(scope, "t.profile_id")}
    GROUP BY t.profile_id`);
  return `SELECT profile_id, min(day) FROM (${parts.join(" UNION ALL ")}) WHERE day IS NOT NULL GROUP BY profile_id`;
}
