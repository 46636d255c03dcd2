import type { CountryCode } from "libphonenumber-js";

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
