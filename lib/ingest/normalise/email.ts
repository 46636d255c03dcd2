import { cleanCell, toHalfWidth } from "./text";

// Characters an unquoted address never holds (RFC 5322 specials), so `<script>…@example.com` or
// `"Ann" <ann@example.com>` is not taken for one; a domain's labels are letters, digits, hyphens.
const localPart = String.raw`[^\s@<>()[\]\\,;:"]+`;
const label = String.raw`[^\s@<>()[\]\\,;:"'!#$%&*+/=?^${"`"}{|}~_.]+`;
const shape = new RegExp(`^${localPart}@(?:${label}\\.)+${label}$`, "u");
const ascii = /^[\x20-\x7e]*$/;
// The longest address mail can be sent to (RFC 5321): 64 before the @, 254 in all.
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;

/**
 * Trims and lower-cases in JavaScript (SQLite's lower() folds ASCII only).
 * No provider-specific rewriting: dots matter outside Gmail and we cannot
 * know a provider's rules. Returns null when the text is not an address.
 */
export function normaliseEmail(raw: string): string | null {
  const text = toHalfWidth(cleanCell(raw));
  if (text.length > MAX_ADDRESS || text.indexOf("@") > MAX_LOCAL) return null;
  // Composing characters only matters outside ASCII, and most addresses are ASCII.
  const value = (ascii.test(text) ? text : text.normalize("NFC")).toLowerCase();
  return shape.test(value) ? value : null;
}
