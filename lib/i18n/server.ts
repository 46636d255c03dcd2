import "server-only";

import { cookies, headers } from "next/headers";
import { cache } from "react";

import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, messagesFor, type Locale } from "./locales";

/** The request's locale: the cookie the switcher sets, else the browser's language. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

export const getMessages = cache(async () => messagesFor(await getLocale()));
