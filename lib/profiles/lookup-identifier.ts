import type { CountryCode } from "libphonenumber-js";

import type { Db } from "@/db/client";
import type { Identifier } from "@/lib/identity/identifier";
import { normaliseEmail } from "@/lib/ingest/normalise/email";
import { normalisePhone } from "@/lib/ingest/normalise/phone";
import { sourceKey } from "@/lib/ingest/find-source";

/**
 * Reads what a person typed to find a customer: an email, a phone in any
 * format, or "source:id" (e.g. cdnow:00002). Returns null when it is none.
 */
export function parseLookup(text: string, phoneRegion: CountryCode): Identifier | null {
  const value = text.trim();
  if (value.includes("@")) {
    const email = normaliseEmail(value);
    return email ? { kind: "email", value: email } : null;
  }
  const scoped = /^([^:]+):(.+)$/.exec(value);
  if (scoped) return { kind: "ext", value: `${sourceKey(scoped[1])}:${scoped[2].trim()}` };
  const phone = normalisePhone(value, phoneRegion);
  return phone.ok ? { kind: "phone", value: phone.e164 } : null;
}

/**
 * A phone typed without its country code that the default region does not
 * read (a Chinese mobile in a US-set store): the stored phone that ends in
 * its digits, when exactly one does.
 */
export function storedPhoneEndingIn(db: Db, text: string): Identifier | null {
  const digits = text.replace(/\D/g, "").replace(/^0+/, "");
  if (digits.length < 7 || /[^\d\s()+.-]/.test(text)) return null;
  const found = db.$client
    .prepare("SELECT value FROM identifiers WHERE kind = 'phone' AND value LIKE ? LIMIT 2")
    .pluck()
    .all(`%${digits}`) as string[];
  return found.length === 1 ? { kind: "phone", value: found[0] } : null;
}
