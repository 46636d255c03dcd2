import { en, type Messages } from "./messages/en";
import { zhCN } from "./messages/zh-CN";

export const locales = ["en", "zh-CN"] as const;
export type Locale = (typeof locales)[number];
export const LOCALE_COOKIE = "strata-locale";

const dictionaries: Record<Locale, Messages> = { en, "zh-CN": zhCN };

export function messagesFor(locale: Locale): Messages {
  return dictionaries[locale];
}

export function isLocale(value: unknown): value is Locale {
  return locales.includes(value as Locale);
}

/** Picks zh-CN for any Chinese Accept-Language, English otherwise. */
export function localeFromAcceptLanguage(header: string | null): Locale {
  return header && /^\s*zh\b/i.test(header) ? "zh-CN" : "en";
}

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

export type { Messages };
