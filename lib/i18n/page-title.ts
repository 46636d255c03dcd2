import type { Metadata } from "next";

import type { Messages } from "./messages/en";
import { getMessages } from "./server";

/**
 * A page's `generateMetadata`: the browser tab's title in the reader's
 * language (the root layout appends "· Strata").
 */
export function pageTitle(pick: (t: Messages) => string): () => Promise<Metadata> {
  return async () => ({ title: pick(await getMessages()) });
}
