import { createHash } from "node:crypto";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const e164 = /^\+[1-9]\d{6,14}$/;

/**
 * Ad platforms match customer lists on SHA-256 of the normalised value:
 * an email trimmed and lower-cased, a phone in E.164 with its "+" and
 * country code. Values that are not in that shape give null rather than a
 * hash that can never match.
 */
export function hashEmailForMatch(email: string): string | null {
  const normalised = email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalised) ? sha256(normalised) : null;
}

export function hashPhoneForMatch(phone: string): string | null {
  const compact = phone.trim().replace(/[\s\-().]/g, "");
  return e164.test(compact) ? sha256(compact) : null;
}
