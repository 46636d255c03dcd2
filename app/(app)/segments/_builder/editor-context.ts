import type { Locale, Messages } from "@/lib/i18n/locales";
import type { Availability } from "@/lib/segments/catalogue/pluggable";

/** What every condition editor needs besides its condition: labels, locale and the data there is. */
export type EditorContext = {
  t: Messages;
  locale: Locale;
  currency: string;
  /** The as-of date of the last metric run, YYYY-MM-DD: windows end on it. */
  asOf: string;
  /** No metric run yet: windows end today, and the page says so. */
  provisional: boolean;
  available: Availability;
  options: { tiers: string[]; stages: string[]; rfmSegments: string[]; interactionKinds: string[] };
  /** Channel key → the name pages show ("taobao" → "淘宝", a source's typed name). */
  channelNames: Record<string, string>;
  suggestions: (source: string) => string[];
};
