import type { Db } from "@/db/client";
import type { IdentifierStatus, JoinRule } from "@/db/schema/identity";

import { consentDay, sqlDay } from "./profile-scope";

export type JoinExplanation = {
  viaKind: string;
  viaValue: string;
  rule: JoinRule;
  // rule "record": the import and its source; rule "manual": who merged, when.
  importId: number | null;
  source: string | null;
  mergedBy: string | null;
  mergedAt: string | null;
};

export type ProfileIdentifierDetail = {
  id: number;
  kind: string;
  value: string;
  status: IdentifierStatus | null;
  sources: string[];
  firstDay: number | null;
  lastDay: number | null;
  joined: JoinExplanation | null;
};

type Seen = { sources: Set<string>; first: number | null; last: number | null };

/**
 * A profile's identifiers with where and when each was seen and why it
 * joined. "Seen" covers the records it was on: its own facts, and the facts
 * of the identifiers it was linked with in the same import (a phone on an
 * order row owned by the row's email).
 */
export function readProfileIdentifiers(db: Db, profileId: number): ProfileIdentifierDetail[] {
  const sqlite = db.$client;
  const rows = sqlite
    .prepare(`SELECT i.id, i.kind, i.value, i.status, i.via_rule AS rule, i.via_ref AS ref,
        v.kind AS viaKind, v.value AS viaValue, s.key AS source, m.created_by AS mergedBy, m.created_at AS mergedAt
      FROM identifiers i
      LEFT JOIN identifiers v ON v.id = i.via_id
      LEFT JOIN imports im ON i.via_rule = 'record' AND im.id = i.via_ref
      LEFT JOIN sources s ON s.id = im.source_id
      LEFT JOIN identity_merges m ON i.via_rule = 'manual' AND m.id = i.via_ref
      WHERE i.profile_id = ? ORDER BY i.kind, i.value`)
    .all(profileId) as {
      id: number; kind: string; value: string; status: IdentifierStatus | null; rule: JoinRule | null; ref: number | null;
      viaKind: string | null; viaValue: string | null; source: string | null;
      mergedBy: string | null; mergedAt: string | null;
    }[];
  const seen = seenByIdentifier(db, profileId, rows.map((r) => r.id));
  return rows.map((row) => {
    const s = seen.get(row.id);
    return {
      id: row.id,
      kind: row.kind,
      value: row.value,
      status: row.status,
      sources: [...(s?.sources ?? [])].sort(),
      firstDay: s?.first ?? null,
      lastDay: s?.last ?? null,
      joined: row.rule && row.viaKind !== null
        ? {
            viaKind: row.viaKind,
            viaValue: row.viaValue!,
            rule: row.rule,
            importId: row.rule === "record" ? row.ref : null,
            source: row.source,
            mergedBy: row.mergedBy,
            mergedAt: row.mergedAt,
          }
        : null,
    };
  });
}

function seenByIdentifier(db: Db, profileId: number, members: number[]): Map<number, Seen> {
  const sqlite = db.$client;
  const facts = sqlite
    .prepare(`SELECT t.identifier_id, t.import_id, s.key, t.day FROM (
        SELECT identifier_id, import_id, source_id, day FROM orders WHERE profile_id = @p
        UNION ALL SELECT identifier_id, import_id, source_id, day FROM interactions WHERE profile_id = @p
        UNION ALL SELECT identifier_id, import_id, source_id, day FROM tickets WHERE profile_id = @p
        UNION ALL SELECT identifier_id, import_id, source_id, ${sqlDay("observed_at")} FROM contact_records
          WHERE profile_id = @p
        UNION ALL SELECT identifier_id, import_id, source_id, ${consentDay("changed_at")}
          FROM consent_events
          WHERE profile_id = @p
      ) t JOIN sources s ON s.id = t.source_id`)
    .raw()
    .all({ p: profileId }) as [number, number, string, number | null][];
  const byOwnerImport = new Map<string, [string, number | null][]>();
  const seen = new Map<number, Seen>(members.map((id) => [id, { sources: new Set(), first: null, last: null }]));
  const note = (id: number, source: string, day: number | null) => {
    const s = seen.get(id);
    if (!s) return;
    s.sources.add(source);
    if (day === null) return;
    s.first = s.first === null ? day : Math.min(s.first, day);
    s.last = s.last === null ? day : Math.max(s.last, day);
  };
  for (const [owner, importId, source, day] of facts) {
    note(owner, source, day);
    const key = `${owner}:${importId}`;
    byOwnerImport.set(key, [...(byOwnerImport.get(key) ?? []), [source, day]]);
  }
  const links = sqlite
    .prepare(`SELECT from_id, to_id, import_id FROM identity_links
      WHERE from_id IN (SELECT value FROM json_each(@m)) OR to_id IN (SELECT value FROM json_each(@m))`)
    .raw()
    .all({ m: JSON.stringify(members) }) as [number, number, number][];
  for (const [from, to, importId] of links) {
    for (const [id, partner] of [[from, to], [to, from]]) {
      for (const [source, day] of byOwnerImport.get(`${partner}:${importId}`) ?? []) note(id, source, day);
    }
  }
  return seen;
}
