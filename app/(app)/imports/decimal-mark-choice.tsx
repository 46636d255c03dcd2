"use client";

import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { FilePreview } from "@/lib/ingest/preview-file";

type DecimalMark = "." | ",";

/**
 * Whether the point in the file's "12.500" marks the cents or groups thousands, asked with that
 * amount and what each answer stores (12.50, or 12,500.00), in the reader's own number format.
 */
export function DecimalMarkChoice({ t, locale, asked, chosen, onChange }: {
  t: Messages["imports"]["preview"];
  locale: Locale;
  asked: NonNullable<FilePreview["decimalMarkAsked"]>;
  chosen: DecimalMark | "ask" | null;
  onChange: (mark: DecimalMark) => void;
}) {
  const cents =
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const readings: [DecimalMark, string, number][] = [
    [".", t.decimalMarkPoint, asked.point],
    [",", t.decimalMarkComma, asked.comma],
  ];
  return (
    <fieldset className="text-sm" data-testid="decimal-mark">
      <legend className="mb-1 font-medium text-slate-700">
        {fill(t.decimalMark, { example: asked.example })}
      </legend>
      {readings.map(([mark, text, minor]) => (
        <label key={mark} className="mr-4">
          <input type="radio" name="decimalMark" checked={chosen === mark}
            onChange={() => onChange(mark)} />{" "}
          {fill(text, { amount: cents.format(minor / 100) })}
        </label>
      ))}
    </fieldset>
  );
}
