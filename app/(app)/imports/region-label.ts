import { getCountryCallingCode, type CountryCode } from "libphonenumber-js";

/** A phone region as the reader knows it, with its calling code: "France (+33)". */
export function regionLabeller(locale: string): (code: string) => string {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return (code) => `${names.of(code) ?? code} (+${getCountryCallingCode(code as CountryCode)})`;
}
