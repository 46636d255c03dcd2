import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { FilePreview } from "@/lib/ingest/preview-file";

import { regionLabeller } from "./region-label";

type Reads = NonNullable<FilePreview["recognised"]>["reads"];

/** What a preset assumes where a file is silent, in one line: a saved preset's choices in view. */
export function PresetReads({ t, locale, reads }: {
  t: Messages["imports"]["preview"];
  locale: Locale;
  reads: Reads;
}) {
  const parts = [
    reads.currency && fill(t.readsCurrency, { currency: reads.currency }),
    reads.phoneRegion && fill(t.readsPhones, { region: regionLabeller(locale)(reads.phoneRegion) }),
    reads.dayOrder && t[reads.dayOrder],
    reads.decimalMark && t.readsDecimalMark[reads.decimalMark],
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="text-xs text-slate-600" data-testid="preset-reads">
      {fill(t.presetReads, {
        list: t.readsSeparator === null
          ? formatters(locale).list(parts as string[]) : parts.join(t.readsSeparator),
      })}
    </p>
  );
}
