import type { Db } from "@/db/client";
import type { FileValueNames } from "@/lib/i18n/file-values";

/**
 * The channel names a page shows: the reader's language's ("Web", "门店"), and each source's
 * name as the admin typed it ("Web shop" for the source web-shop), which is an order's channel
 * when its file names none. A translated name wins over a source's.
 */
export function channelNames(db: Db, names: FileValueNames): FileValueNames {
  const sources = db.$client.prepare("SELECT key, label FROM sources")
    .all() as { key: string; label: string }[];
  const typed = Object.fromEntries(sources.filter(({ key, label }) => label && label !== key)
    .map(({ key, label }) => [key, label]));
  return { ...names, channels: { ...typed, ...names.channels } };
}
