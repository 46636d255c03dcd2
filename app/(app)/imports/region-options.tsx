import { getCountries } from "libphonenumber-js";

import type { Locale } from "@/lib/i18n/locales";

import { regionLabeller } from "./region-label";

export type Region = { code: string; name: string };

/**
 * Every phone region, named in the reader's language and in its alphabetical order. A form the
 * server renders takes the list from the server: the browser's own region names and collation
 * differ, and a list that does not match the server's makes React render the page anew.
 */
export function phoneRegions(locale: Locale): Region[] {
  const label = regionLabeller(locale);
  return getCountries()
    .map((code) => ({ code, name: label(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

export function RegionOptions({ regions }: { regions: Region[] }) {
  return regions.map(({ code, name }) => <option key={code} value={code}>{name}</option>);
}
