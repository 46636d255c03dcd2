import type { Db } from "@/db/client";

import { findOrCreateSource, sourceKey } from "../find-source";

import type { MappingInput } from "./available";

/**
 * Stores a mapping as a preset of one source, under a key made from the
 * source and the label ("tmall-shop/member-list"); saving the same label
 * again replaces the mapping.
 */
export function savePreset(db: Db, params: { label: string; source: string; mapping: MappingInput; createdBy: string }) {
  const source = findOrCreateSource(db, params.source, "custom");
  const key = `${source.key}/${sourceKey(params.label)}`;
  db.$client
    .prepare(`INSERT INTO import_presets (key, label, source_id, kind, definition, created_by) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (key) DO UPDATE SET label = excluded.label, kind = excluded.kind, definition = excluded.definition`)
    .run(key, params.label, source.id, params.mapping.kind, JSON.stringify(params.mapping), params.createdBy);
  return { key, label: params.label, source: source.key };
}
