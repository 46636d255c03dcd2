import type { CountryCode } from "libphonenumber-js";

import { normaliseEmail } from "@/lib/ingest/normalise/email";
import { normalisePhone } from "@/lib/ingest/normalise/phone";

export type BlockMatcher = (kind: string, value: string) => boolean;

/**
 * Compiles block-list entries ("email:noreply@shop.example", "phone:+862150000000",
 * "ext:pos:0", "email:*@mailinator.com") into one test. Exact entries are a
 * set lookup; entries with "*" become anchored patterns, so a million
 * identifiers cost a lookup each plus one match per pattern.
 */
export function blockMatcher(entries: readonly string[]): BlockMatcher {
  const exact = new Set<string>();
  const patterns: { kind: string; pattern: RegExp }[] = [];
  for (const entry of entries) {
    const colon = entry.indexOf(":");
    if (colon < 1) continue;
    const kind = entry.slice(0, colon);
    const value = entry.slice(colon + 1);
    if (!value.includes("*")) exact.add(entry);
    else patterns.push({ kind, pattern: globPattern(value) });
  }
  if (exact.size === 0 && patterns.length === 0) return () => false;
  return (kind, value) =>
    exact.has(`${kind}:${value}`) || patterns.some((p) => p.kind === kind && p.pattern.test(value));
}

function globPattern(glob: string): RegExp {
  const escaped = glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`);
}

export type BlockEntryResult = { ok: true; entry: string } | { ok: false };

/**
 * Reads what an admin typed into the block list the way importers read the
 * same value, so "+86 138 0013 8000" blocks the stored "+8613800138000".
 * Patterns are kept as typed, lower-cased for emails.
 */
export function normaliseBlockEntry(kind: string, raw: string, region: CountryCode): BlockEntryResult {
  const text = raw.trim();
  if (!text) return { ok: false };
  if (kind === "email") {
    if (text.includes("*")) return { ok: true, entry: `email:${text.toLowerCase()}` };
    const email = normaliseEmail(text);
    return email ? { ok: true, entry: `email:${email}` } : { ok: false };
  }
  if (kind === "phone") {
    if (text.includes("*")) return { ok: true, entry: `phone:${text.replace(/[\s\-().]/g, "")}` };
    const phone = normalisePhone(text, region);
    return phone.ok ? { ok: true, entry: `phone:${phone.e164}` } : { ok: false };
  }
  if (kind === "ext" && /^[^:]+:.+$/.test(text)) return { ok: true, entry: `ext:${text}` };
  return { ok: false };
}
