import { getCountries, type CountryCode } from "libphonenumber-js";

const codes = new Set<string>(getCountries());

// Country names exports write in full, for the countries whose phones and
// currencies the presets meet most; a two-letter code is taken as it is.
const names: Record<string, CountryCode> = {
  "united states": "US", usa: "US", "united kingdom": "GB", uk: "GB", "great britain": "GB",
  china: "CN", 中国: "CN", "hong kong": "HK", taiwan: "TW", japan: "JP", 日本: "JP", canada: "CA",
  australia: "AU", germany: "DE", france: "FR", singapore: "SG", brazil: "BR", india: "IN",
};

/** An ISO 3166 two-letter code for a country cell, or null. */
export function countryCode(raw: string): string | null {
  const text = raw.trim();
  if (codes.has(text.toUpperCase()) && text.length === 2) return text.toUpperCase();
  return names[text.toLowerCase()] ?? null;
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
