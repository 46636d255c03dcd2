import { getCountries } from "libphonenumber-js";

import type { Locale } from "@/lib/i18n/locales";

import { regionLabeller } from "./region-label";

/** Every phone region as an option, named in the reader's language and in its alphabetical order. */
export function RegionOptions({ locale }: { locale: Locale }) {
  const label = regionLabeller(locale);
  const regions = getCountries()
    .map((code) => ({ code, name: label(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return regions.map(({ code, name }) => <option key={code} value={code}>{name}</option>);
}
