import { fill, type Messages } from "@/lib/i18n/locales";
import { fieldNames } from "@/lib/ingest/field-names";

type Problem = { code: string; params: Record<string, string> };

/** A file-level problem in the reader's language; missing fields named as on the mapping screen. */
export function problemText(t: Messages["imports"], problem: Problem): string {
  const params = { ...problem.params };
  if (params.missing) params.missing = fieldNames(params.missing, t.fields, t.fieldOr);
  return fill(t.problems[problem.code] ?? problem.code, params);
}
