import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

import { cleanCell, toHalfWidth } from "./text";

export type PhoneResult =
  | { ok: true; e164: string }
  | { ok: false; reason: "lossy" | "invalid" | "masked" };

/**
 * Normalises a phone to E.164 for matching; the raw text is kept elsewhere.
 * Excel's scientific notation (1.38001E+10) has lost digits and must never
 * match anyone, so it is refused as lossy rather than expanded.
 */
export function normalisePhone(raw: string, defaultRegion: CountryCode): PhoneResult {
  const text = toHalfWidth(cleanCell(raw)).trim();
  if (/\d[.,]?\d*e\+?\d+/i.test(text)) return { ok: false, reason: "lossy" };
  if (/[*#$]/.test(text)) return { ok: false, reason: "masked" };

  let candidate = text.replace(/[\s\-().]/g, "");
  // "0086…" is the international prefix dialled from China.
  if (candidate.startsWith("00")) candidate = `+${candidate.slice(2)}`;
  const parsed =
    parseValid(candidate, defaultRegion) ??
    (/^\d{11,15}$/.test(candidate) ? parseValid(`+${candidate}`, defaultRegion) : null);
  return parsed ? { ok: true, e164: parsed } : { ok: false, reason: "invalid" };
}

function parseValid(text: string, region: CountryCode): string | null {
  const phone = parsePhoneNumberFromString(text, region);
  return phone?.isValid() ? phone.number : null;
}
