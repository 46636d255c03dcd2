import type { IdentifierKind } from "./identifier";

/**
 * Values that exports write where a person's key should be but that name
 * nobody (or everybody): placeholders, test and "no email" addresses,
 * all-same-digit phones. Such a value must never become a shared
 * identifier, or every guest checkout would merge into one profile.
 */
const placeholderText = new Set(["", "-", "--", "/", "0", "null", "none", "nil", "n/a", "na", "#n/a",
  "undefined", "unknown", "guest", "anonymous", "无", "空", "匿名"]);

const placeholderMailboxes = new Set(["test", "noemail", "no-email", "no.email", "noreply", "no-reply",
  "donotreply", "do-not-reply", "none", "null", "nobody", "unknown", "na", "n/a", "email", "guest"]);

/** True when a normalised identifier value is a placeholder rather than a person's key. */
export function isJunkIdentifier(kind: IdentifierKind, value: string): boolean {
  const text = value.trim().toLowerCase();
  if (kind === "email") {
    const mailbox = text.slice(0, text.indexOf("@"));
    return placeholderText.has(text) || placeholderMailboxes.has(mailbox);
  }
  if (kind === "phone") {
    // One digit repeated after the country code: +86 11111111111, +1 0000000000.
    const digits = text.replace(/\D/g, "");
    return digits.length < 5 || /^\d{0,3}(\d)\1{6,}$/.test(digits);
  }
  const id = text.slice(text.indexOf(":") + 1);
  return placeholderText.has(id);
}

/**
 * Marketplaces mask buyers' data (138****8001, 王**, chen***@example.com)
 * or replace it with cipher text (##…, $$…). A masked value looks like a
 * key but is shared by many people, so it is never used as one.
 */
export function isMaskedValue(raw: string): boolean {
  return /\*/.test(raw) || /^(#{2,}|\${2,})/.test(raw.trim());
}
