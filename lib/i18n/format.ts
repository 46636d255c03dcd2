import type { Locale } from "./locales";

/**
 * Below this, compact notation saves no space and only loses digits
 * (Chinese compacts from 万 = 10,000, so "US$1427.7" came out without a
 * separator); such values are written in full.
 */
const COMPACT_FROM = 10_000;

// The smallest step a percentage shows (one decimal): 0.1 %.
const MIN_SHOWN_SHARE = 0.001;

/** Plural variants of one message; `{count}` is replaced by the formatted number. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Number, money, percent and date formatting for a locale, in one place. */
export function formatters(locale: Locale) {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", timeZone: "UTC" });
  const plurals = new Intl.PluralRules(locale);
  const list = new Intl.ListFormat(locale, { style: "long", type: "conjunction" });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const moneyFormat = (currency: string, compact: boolean) => {
    const key = `${currency}:${compact ? 1 : 0}`;
    let format = moneyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        // Without the minimum, the currency's two decimals would print "$98.0K".
        ...(compact ? { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 } : {}),
      });
      moneyFormats.set(key, format);
    }
    return format;
  };
  const money = (value: number, currency: string, options: { compact?: boolean } = {}) =>
    moneyFormat(currency, Boolean(options.compact) && Math.abs(value) >= COMPACT_FROM).format(value);
  const day = (iso: string) => date.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
  // Chinese puts a full-width colon after a label, and no space.
  const colon = locale === "zh-CN" ? "：" : ": ";
  return {
    /** "Label: value", with the language's colon. */
    labelled: (label: string, value: string) => `${label}${colon}${value}`,
    integer: (n: number) => integer.format(n),
    decimal: (n: number) => decimal.format(n),
    /** A share short of all never reads as 100 %, nor one above none as 0 %: 99.96 % is 99.9 %. */
    percent: (share: number) => percent.format(share > 0 && share < 1
      ? Math.min(Math.max(share, MIN_SHOWN_SHARE), 1 - MIN_SHOWN_SHARE) : share),
    compact: (n: number) => (Math.abs(n) >= COMPACT_FROM ? compact : decimal).format(n),
    money,
    /** 'YYYY-MM-DD' (a store-local calendar day) shown without any time-zone shift. */
    day,
    /** A snapshot period key: months as "Mar 1997" / "1997年3月", weeks as their first day, quarters as they are. */
    period: (key: string) => {
      if (/^\d{4}-\d{2}$/.test(key)) return month.format(new Date(`${key}-01T00:00:00Z`));
      if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return day(key);
      return key;
    },
    /**
     * "Top x %" rounded up, never down: a buyer in the top 0.004 % is also in
     * the top 0.1 %, while "top 0 %" would be false.
     */
    topShare: (share: number) => {
      const places = share < 0.01 ? 3 : 2;
      const scale = 10 ** places;
      // The epsilon keeps 0.07 * 100 = 7.000000000000001 from rounding up to 8 %.
      const rounded = Math.max(1 / scale, Math.ceil(share * scale - 1e-9) / scale);
      return percent.format(Math.min(1, rounded));
    },
    /** Items joined as the locale joins them: "EUR, GBP, and USD", "EUR、GBP 和 USD". */
    list: (items: string[]) => list.formatToParts(items).map(spacedJoiner).join(""),
    /** A count with its noun in the locale's plural form: "1 day", "2 days", "3 天". */
    count: (forms: PluralForms, n: number) =>
      (forms[plurals.select(n)] ?? forms.other).replace("{count}", integer.format(n)),
  };
}

export type Formatters = ReturnType<typeof formatters>;

// A Chinese joiner (和) between Latin letters or digits reads as one word ("GBP和USD"); a space
// sets it apart, as Chinese text does beside Latin script. Full-width 、 needs none.
function spacedJoiner(
  part: { type: string; value: string }, at: number, parts: { value: string }[],
): string {
  if (part.type !== "literal" || !/\p{Script=Han}/u.test(part.value)) return part.value;
  const latin = /[\p{Script=Latin}\d)]/u;
  const before = latin.test(parts[at - 1]?.value.at(-1) ?? "") ? " " : "";
  const after = latin.test(parts[at + 1]?.value[0] ?? "") ? " " : "";
  return `${before}${part.value}${after}`;
}
