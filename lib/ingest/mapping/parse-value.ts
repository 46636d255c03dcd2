import type { CountryCode } from "libphonenumber-js";

import { fieldTypes, type FieldName } from "../fields";
import { parseConsent } from "../normalise/consent";
import { countryCode } from "../normalise/country";
import { isPlaceholderDate, parseMoment, type DateOptions } from "../normalise/dates";
import type { DecimalMark } from "../normalise/decimal-mark";
import { normaliseEmail } from "../normalise/email";
import {
  currencyOfCell, formatMinor, isCurrencyCode, isImplausibleAmount, parseMoney,
} from "../normalise/money";
import { normalisePhone } from "../normalise/phone";
import { splitTags } from "../normalise/tags";
import { cleanCell } from "../normalise/text";

/** `undecided`: the value reads two ways until the admin decides (a date's day order). */
/** `money`: an amount in a known currency, for the page to write as its locale does. */
/** `consent`: a consent status (its key in `value`), for the page to name in its language. */
export type ParsedCell = {
  value: string; ok: boolean; undecided?: boolean; money?: { minor: number; currency: string };
  consent?: boolean;
};

/**
 * A cell as the import will read it, for the mapping screen to show beside
 * the raw text: the normalised email, the E.164 phone, the store-local
 * date, the amount in minor-unit precision. `ok: false` marks a value the
 * import would reject or ignore.
 */
export type CellOptions = DateOptions & {
  phoneRegion: CountryCode;
  /** What a bare ¥ is: null while the file's currency is not said. */
  yen: "CNY" | "JPY" | null;
  /** The file's decimal mark, as the import reads it (fileDecimalMark). */
  decimalMark?: DecimalMark | null;
  /** The currency of the row's amounts when they carry no mark (its currency cell, the file's). */
  currency?: string | null;
  /** The latest day a value can be (the import's rule); left out, any day reads. */
  lastDay?: number;
};

export function parseCell(field: FieldName, raw: string, options: CellOptions): ParsedCell {
  const text = cleanCell(raw);
  if (!text) return { value: "", ok: true };
  switch (fieldTypes[field]) {
    case "email": {
      const email = normaliseEmail(text);
      return email ? { value: email, ok: true } : { value: text, ok: false };
    }
    case "phone": {
      const phone = normalisePhone(text, options.phoneRegion);
      return phone.ok ? { value: phone.e164, ok: true } : { value: text, ok: false };
    }
    case "date": {
      const moment = parseMoment(text, options);
      if (isPlaceholderDate(text, moment)) return { value: text, ok: false };
      if (moment) {
        const inTime = options.lastDay === undefined || moment.day <= options.lastDay;
        return { value: shownDay(moment.local), ok: inTime };
      }
      // Before the day order is said, a date like 03/04/2024 is shown both ways, not as an error.
      const [dayFirst, monthFirst] = options.dayOrder ? [null, null]
        : (["dmy", "mdy"] as const).map((dayOrder) => parseMoment(text, { ...options, dayOrder }));
      if (dayFirst && monthFirst) {
        const both = `${shownDay(dayFirst.local)} | ${shownDay(monthFirst.local)}`;
        return { value: both, ok: true, undecided: true };
      }
      return { value: text, ok: false };
    }
    case "money": {
      const money = parseMoney(text, options.yen ?? "CNY", options.decimalMark);
      if (!money) return { value: text, ok: false };
      // A bare ¥ reads as the yuan above; read as the yen it differs, so it waits for the admin.
      const undecided = options.yen === null &&
        money.currency !== parseMoney(text, "JPY")?.currency;
      const currency = undecided ? "¥" : (money.currency ?? options.currency ?? null);
      const value = `${formatMinor(money.minor)}${currency ? ` ${currency}` : ""}`;
      const ok = !isImplausibleAmount(money.minor);
      return currency && ok && isCurrencyCode(currency)
        ? { value, ok, money: { minor: money.minor, currency } } : { value, ok };
    }
    case "currency": {
      const code = currencyOfCell(text);
      return { value: code, ok: isCurrencyCode(code) };
    }
    case "country":
      return { value: countryCode(text) ?? text, ok: true };
    case "text":
      // Tags are shown as the profile will list them, not as the export quotes them.
      return { value: field === "tags" ? splitTags(text).join(", ") : text, ok: true };
    case "consent": {
      const status = parseConsent(text);
      return status ? { value: status, ok: true, consent: true } : { value: text, ok: false };
    }
    default:
      return { value: text, ok: true };
  }
}

const shownDay = (local: string) => local.replace(/ 00:00:00$/, "");
