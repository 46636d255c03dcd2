import { getCountries, type CountryCode } from "libphonenumber-js";

const codes = new Set<string>(getCountries());

// Country names as exports write them in full: every country's name in the languages Strata's
// users write (from the runtime's own CLDR data), plus the short forms it does not list.
const nameLanguages = ["en", "de", "fr", "es", "it", "nl", "pt", "ja", "zh-Hans", "zh-Hant"];
const names = new Map<string, string>([
  ["usa", "US"], ["uk", "GB"], ["great britain", "GB"], ["england", "GB"], ["hong kong", "HK"],
  ["america", "US"], ["中國", "CN"], ["香港", "HK"], ["澳门", "MO"], ["澳門", "MO"],
]);
for (const language of nameLanguages) {
  const display = new Intl.DisplayNames([language], { type: "region" });
  for (const code of codes) {
    const name = display.of(code);
    const key = name?.toLowerCase();
    if (key && name !== code && !names.has(key)) names.set(key, code);
  }
}

/** An ISO 3166 two-letter code for a country cell, or null. */
export function countryCode(raw: string): string | null {
  const text = raw.trim();
  if (codes.has(text.toUpperCase()) && text.length === 2) return text.toUpperCase();
  return names.get(text.toLowerCase()) ?? null;
}

// The currency a shop in that country sells in; euro countries listed.
const currencies: Record<string, string> = {
  US: "USD", GB: "GBP", CN: "CNY", HK: "HKD", TW: "TWD", JP: "JPY", CA: "CAD", AU: "AUD", SG: "SGD",
  BR: "BRL", IN: "INR", CH: "CHF", SE: "SEK", NO: "NOK", DK: "DKK", NZ: "NZD", KR: "KRW", MX: "MXN",
  DE: "EUR", FR: "EUR", IT: "EUR", ES: "EUR", NL: "EUR", BE: "EUR", AT: "EUR", IE: "EUR", PT: "EUR",
  FI: "EUR", GR: "EUR", LU: "EUR",
};

export function currencyOfCountry(code: string | null): string | null {
  return code ? (currencies[code] ?? null) : null;
}
