import type { Locale } from "./locales";

/** Number, money, percent and date formatting for a locale, in one place. */
export function formatters(locale: Locale) {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  const moneyFormats = new Map<string, Intl.NumberFormat>();
  const money = (value: number, currency: string, options: { compact?: boolean } = {}) => {
    const key = `${currency}:${options.compact ? 1 : 0}`;
    let format = moneyFormats.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        ...(options.compact ? { notation: "compact", maximumFractionDigits: 1 } : {}),
      });
      moneyFormats.set(key, format);
    }
    return format.format(value);
  };
  return {
    integer: (n: number) => integer.format(n),
    decimal: (n: number) => decimal.format(n),
    percent: (share: number) => percent.format(share),
    compact: (n: number) => compact.format(n),
    money,
    /** 'YYYY-MM-DD' (a store-local calendar day) shown without any time-zone shift. */
    day: (iso: string) => date.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
  };
}

export type Formatters = ReturnType<typeof formatters>;
