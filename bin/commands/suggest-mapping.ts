import type { Db } from "@/db/client";
import type { Encoding } from "@/lib/ingest/read/sniff-encoding";
import type { MappingInput } from "@/lib/ingest/presets/available";
import { previewFile } from "@/lib/ingest/preview-file";

/**
 * For a file no preset recognises: the mapping the Imports page would suggest from its columns'
 * names and values, for the person to check and save as the file --mapping-file reads. Null when
 * no column suggests a field.
 */
export async function suggestedMapping(
  db: Db, request: { file: string; encoding?: Encoding; delimiter?: string; sheet?: string },
): Promise<MappingInput | null> {
  const preview = await previewFile(db, request);
  const columns: MappingInput["columns"] = {};
  preview.fields.forEach((field, i) => {
    if (field) columns[field] = [...(columns[field] ?? []), preview.headers[i].trim()];
  });
  return Object.keys(columns).length > 0 ? { kind: preview.kind, columns } : null;
}
