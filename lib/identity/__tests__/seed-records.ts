import type { Db } from "@/db/client";
import { findOrCreateSource } from "@/lib/ingest/find-source";
import { isoToDay } from "@/lib/ingest/normalise/dates";

import { identifierKey, type Identifier } from "../identifier";
import { hashProfileKey } from "../profile-id";
import { recordLinks } from "../record-links";

/** One hand-built source record: who (identifiers, first is the record's owner) and what. */
export type SeedRecord = {
  keys: Identifier[];
  order?: { key: string; date: string; amount: number; currency: string; channel?: string; counts?: boolean };
  contact?: { key: string; attributes: Record<string, unknown>; observedAt: string };
  interaction?: { key: string; kind: string; channel: string; date: string };
  ticket?: { key: string; date: string; subject: string };
  consent?: { channel: string; status: "subscribed" | "unsubscribed"; changedAt: string };
};

/**
 * Writes records the way an importer does (identifiers upserted, every pair
 * of a record's identifiers linked, facts owned by the first identifier),
 * as one import of one source. Returns the import id.
 */
export function seedImport(db: Db, source: string, records: SeedRecord[]): number {
  const sqlite = db.$client;
  const { id: sourceId } = findOrCreateSource(db, source, "test");
  const importId = Number(
    sqlite
      .prepare("INSERT INTO imports (source_id, file_name, preset, status, created_by) VALUES (?, ?, 'test', 'done', 'test')")
      .run(sourceId, `${source}.csv`).lastInsertRowid,
  );
  const upsert = sqlite.prepare(`INSERT INTO identifiers (kind, value) VALUES (?, ?)
    ON CONFLICT (kind, value) DO UPDATE SET kind = excluded.kind RETURNING id, profile_id`);
  const link = sqlite.prepare("INSERT OR IGNORE INTO identity_links (from_id, to_id, import_id) VALUES (?, ?, ?)");
  const day = (date: string) => isoToDay(date.slice(0, 10))!;
  for (const record of records) {
    type Stored = { id: number; profile_id: number | null };
    const stored = record.keys.map((key) => upsert.get(key.kind, key.value) as Stored);
    const ids = stored.map((row) => row.id);
    for (const [a, b] of recordLinks(ids)) link.run(a, b, importId);
    const owner = ids[0];
    // As the importer's OrderWriter does: the profile the owner most likely gets.
    const likelyProfile = stored[0].profile_id ?? hashProfileKey(identifierKey(record.keys[0]));
    if (record.order) {
      const o = record.order;
      sqlite
        .prepare(`INSERT OR IGNORE INTO orders (source_id, order_key, identifier_id, profile_id,
          ordered_at, day, amount_minor, currency, channel, counts, import_id)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(sourceId, o.key, owner, likelyProfile, o.date, day(o.date), Math.round(o.amount * 100),
          o.currency, o.channel ?? null, o.counts === false ? 0 : 1, importId);
    }
    if (record.contact) {
      sqlite
        .prepare(`INSERT INTO contact_records (source_id, record_key, identifier_id, attributes, observed_at, import_id)
          VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, record_key) DO UPDATE SET attributes = excluded.attributes,
          observed_at = excluded.observed_at, import_id = excluded.import_id`)
        .run(sourceId, record.contact.key, owner, JSON.stringify(record.contact.attributes), record.contact.observedAt, importId);
    }
    if (record.interaction) {
      const i = record.interaction;
      sqlite
        .prepare(`INSERT OR IGNORE INTO interactions (source_id, record_key, identifier_id, kind, channel, occurred_at, day,
          import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(sourceId, i.key, owner, i.kind, i.channel, i.date, day(i.date), importId);
    }
    if (record.ticket) {
      const t = record.ticket;
      sqlite
        .prepare(`INSERT OR IGNORE INTO tickets (source_id, ticket_key, identifier_id, subject, opened_at, day, import_id)
          VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(sourceId, t.key, owner, t.subject, t.date, day(t.date), importId);
    }
    if (record.consent) {
      const c = record.consent;
      sqlite
        .prepare(`INSERT OR IGNORE INTO consent_events (identifier_id, channel, status, changed_at, source_id, import_id)
          VALUES (?, ?, ?, ?, ?, ?)`)
        .run(owner, c.channel, c.status, c.changedAt, sourceId, importId);
    }
  }
  return importId;
}

/** Every profile as its sorted identifier keys, keyed by profile id. */
export function profilesByKeys(db: Db): Map<number, string[]> {
  const rows = db.$client
    .prepare("SELECT profile_id, kind, value FROM identifiers ORDER BY kind, value")
    .all() as { profile_id: number; kind: string; value: string }[];
  const profiles = new Map<number, string[]>();
  for (const row of rows) {
    profiles.set(row.profile_id, [...(profiles.get(row.profile_id) ?? []), `${row.kind}:${row.value}`]);
  }
  return profiles;
}
