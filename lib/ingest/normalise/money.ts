import type { DecimalMark } from "./decimal-mark";
import { cleanCell, toHalfWidth } from "./text";

/**
 * `rounded`: the text had digits past the cents that were not all zero ("1.234"), or a point
 * before three digits in a file whose mark is not known ("12.500": 12.50, or twelve thousand
 * five hundred), so the reading may be a thousandfold off either way.
 */
export type ParsedMoney = { minor: number; currency: string | null; rounded?: boolean };

// The bare ¥ sign is both the yuan's and the yen's; the file's currency decides which.
const YEN = "¥";

/** What a bare ¥ stands for in a file in this currency: the yen in a yen file, else the yuan. */
export function yenFor(fileCurrency: string): "CNY" | "JPY" {
  return fileCurrency === "JPY" ? "JPY" : "CNY";
}

// Longest first, so "CN¥" wins over "¥" and "US$" over "$".
const currencyMarks: [string, string][] = [
  ["CN¥", "CNY"],
  ["RMB", "CNY"],
  ["CNY", "CNY"],
  ["US$", "USD"],
  ["USD", "USD"],
  ["GBP", "GBP"],
  ["EUR", "EUR"],
  ["JPY", "JPY"],
  ["HKD", "HKD"],
  ["元", "CNY"],
  ["円", "JPY"],
  ["¥", YEN],
  ["$", "USD"],
  ["£", "GBP"],
  ["€", "EUR"],
];

// ISO 4217 codes in use, as the runtime's ICU data lists them: "XYZ" or "ABC" is a typo, not money.
const isoCurrencies = new Set(Intl.supportedValuesOf("currency"));

// No order is worth a hundred billion of any currency: such a figure is a sum, a row of an
// export's totals or a typo, and summed into reports it would drown every real order.
const IMPLAUSIBLE_MINOR = 10_000_000_000_000;

/** Whether an amount (in minor units) is more than any order is worth. */
export function isImplausibleAmount(minor: number): boolean {
  return Math.abs(minor) >= IMPLAUSIBLE_MINOR;
}

/** The currency a currency cell names: a code ("eur"), or a mark ("€", "RMB", "US$"). */
export function currencyOfCell(text: string): string {
  return parseMoney(`${text}0`)?.currency ?? text.trim().toUpperCase();
}

/** Whether a three-letter code is a currency in use. */
export function isCurrencyCode(code: string): boolean {
  return isoCurrencies.has(code);
}

/** The currency a mark alone names ("€", "CN¥", "US$"), as amounts are read; a bare ¥, none. */
export function currencyOfMark(text: string): string | null {
  const mark = currencyMarks.find(([written]) => written === text.trim().toUpperCase());
  return mark && mark[1] !== YEN ? mark[1] : null;
}

const plainAmount = /^(-)?(\d{1,12})(?:\.(\d{1,2}))?$/;

/**
 * Reads an amount as people and exports write it (`¥1,299.00`, `RMB 2,000`,
 * `1.234,56`, `(12.50)`) into exact minor units. Returns null when the text
 * is not an amount, so the caller can reject the row instead of storing 0.
 */
export function parseMoney(
  raw: string, yen: "CNY" | "JPY" = "CNY", decimalMark: DecimalMark | null = null,
): ParsedMoney | null {
  // The common case, a plain decimal such as "54.50", read without the general path.
  const simple = plainAmount.exec(raw);
  if (simple) {
    const minor = Number(simple[2]) * 100 + Number(((simple[3] ?? "") + "00").slice(0, 2));
    return { minor: simple[1] ? -minor : minor, currency: null };
  }
  // U+2212, the minus sign a typeset report or a copy from a web page has for "-".
  const text = toHalfWidth(cleanCell(raw)).replace(/\s+/g, "").replace(/\u2212/g, "-");
  // A sign at both ends says the amount twice: which one is meant cannot be told.
  if (text === "" || /^-.*-$/.test(text)) return null;

  // The sign may stand before or after the symbol: "-¥12.50", "¥-12.50".
  const outer = stripSign(text);
  const marked = stripCurrency(outer.text, yen);
  const inner = stripSign(marked.text);
  const digits = splitDecimal(inner.text, decimalMark);
  if (!digits) return null;

  const minor = toMinor(digits.whole, digits.fraction);
  const negative = outer.negative !== inner.negative;
  const parsed: ParsedMoney = { minor: negative ? -minor : minor, currency: marked.currency };
  const undecided = decimalMark === null && /^[1-9]\d{0,2}\.\d{3}$/.test(inner.text);
  if (undecided || /[1-9]/.test(digits.fraction.slice(2))) parsed.rounded = true;
  return parsed;
}

function stripSign(text: string): { text: string; negative: boolean } {
  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised) return { text: parenthesised[1], negative: true };
  if (text.startsWith("-")) return { text: text.slice(1), negative: true };
  // Accounting systems (SAP, many ERP exports) write the sign after the amount: "10.00-".
  if (text.endsWith("-")) return { text: text.slice(0, -1), negative: true };
  if (text.startsWith("+")) return { text: text.slice(1), negative: false };
  return { text, negative: false };
}

function stripCurrency(text: string, yen: string): { text: string; currency: string | null } {
  const upper = text.toUpperCase();
  for (const [mark, code] of currencyMarks) {
    const currency = code === YEN ? yen : code;
    if (upper.startsWith(mark)) return { text: text.slice(mark.length), currency };
    if (upper.endsWith(mark)) return { text: text.slice(0, -mark.length), currency };
  }
  return { text, currency: null };
}

/**
 * Decides which of `,` and `.` is the decimal mark, and checks the grouping. One separator
 * before three digits is the file's decimal mark if it is that, else a grouping; in a file that
 * does not tell, "1,299" is a grouping and "12.500" a decimal.
 */
function splitDecimal(
  text: string, fileMark: DecimalMark | null,
): { whole: string; fraction: string } | null {
  if (!/^[\d.,']+$/.test(text) || !/\d/.test(text)) return null;
  const lastComma = text.lastIndexOf(",");
  const lastDot = text.lastIndexOf(".");
  let decimalAt = Math.max(lastComma, lastDot);
  if (lastComma < 0 || lastDot < 0) {
    const mark = lastComma >= 0 ? "," : ".";
    const groups = text.split(mark);
    const thousands = groups.length === 2 && groups[1].length === 3 && mark !== (fileMark ?? ".");
    const grouped = groups.length > 2 || thousands;
    if (decimalAt >= 0 && grouped) decimalAt = -1;
  }

  const whole = decimalAt < 0 ? text : text.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? "" : text.slice(decimalAt + 1);
  if (!/^\d*$/.test(fraction) || !isGroupedInteger(whole)) return null;
  return { whole: whole.replace(/[.,']/g, "") || "0", fraction };
}

/** "1234", "1,234", "1.234.567" or "1'234": digits, optionally in threes. */
function isGroupedInteger(text: string): boolean {
  return /^\d*$/.test(text) || /^\d{1,3}([.,'])\d{3}(\1\d{3})*$/.test(text);
}

/** Rounds half away from zero at two decimals, on the digits, not on a float. */
function toMinor(whole: string, fraction: string): number {
  const cents = Number(whole) * 100 + Number((fraction + "00").slice(0, 2));
  const roundUp = fraction.length > 2 && Number(fraction[2]) >= 5;
  return cents + (roundUp ? 1 : 0);
}

export function formatMinor(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
