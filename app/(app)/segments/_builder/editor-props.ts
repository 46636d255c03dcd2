import "server-only";

import type { Db } from "@/db/client";
import type { Locale, Messages } from "@/lib/i18n/locales";
import { channelNames } from "@/lib/profiles/channel-names";
import { readBuilderSetup } from "@/lib/segments/builder/read-builder-setup";

/** The builder's context for one request (the parts that cross to the browser) and the customer total. */
export function editorProps(db: Db, t: Messages, locale: Locale) {
  const setup = readBuilderSetup(db);
  return {
    context: {
      t,
      locale,
      currency: setup.currency,
      asOf: setup.asOf,
      provisional: setup.provisional,
      available: setup.available,
      options: setup.options,
      channelNames: channelNames(db, t.fileValues).channels,
    },
    total: setup.total,
  };
}
