import { fill, type Messages } from "@/lib/i18n/locales";
import { fieldNames } from "@/lib/ingest/field-names";

/** A file-level problem in the reader's language, its missing fields named as the mapping screen names them. */
export function problemText(t: Messages["imports"], problem: { code: string; params: Record<string, string> }): string {
  const params = { ...problem.params };
  if (params.missing) params.missing = fieldNames(params.missing, t.fields, t.fieldOr);
  return fill(t.problems[problem.code] ?? problem.code, params);
}
