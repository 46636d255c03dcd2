import type { formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";

// A value is quoted in full in the error file; on screen its start is enough to find it.
const QUOTED_CHARS = 80;

/** A file's value as the page quotes it: a long one by its start and its length. */
export function quotedValue(
  t: Messages["imports"], f: ReturnType<typeof formatters>, value: string,
): string {
  return value.length > QUOTED_CHARS
    ? fill(t.longValue, { start: value.slice(0, QUOTED_CHARS), count: f.integer(value.length) })
    : value;
}
