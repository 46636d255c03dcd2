import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { FilePreview } from "@/lib/ingest/preview-file";

import { quotedValue } from "./quoted-value";

/**
 * The first rows the reader cannot make out (a line that is no JSON object, a quote that never
 * closes): they are in the decoded text but not in the table, and the import rejects them.
 */
export function HeadFaults({ t, locale, faults }: {
  t: Messages["imports"];
  locale: Locale;
  faults: FilePreview["faults"];
}) {
  if (faults.length === 0) return null;
  const f = formatters(locale);
  return (
    <div className="text-xs text-amber-800" data-testid="head-faults">
      <p>{t.preview.headFaults}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
        {faults.map((fault) => (
          <li key={fault.row}>
            {fill(t.issueOfRow, { row: fault.row, value: quotedValue(t, f, fault.text),
              reason: t.reasons[fault.reason] ?? fault.reason })}
          </li>
        ))}
      </ul>
    </div>
  );
}
