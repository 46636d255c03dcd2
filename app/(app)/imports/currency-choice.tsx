"use client";

import { useState } from "react";

import { fill, type Messages } from "@/lib/i18n/locales";
import { currencyOfMark, isCurrencyCode } from "@/lib/ingest/normalise/money";
import type { FilePreview } from "@/lib/ingest/preview-file";

const field = "w-20 rounded-md border border-slate-300 px-2 py-1.5 font-mono uppercase " +
  "aria-invalid:border-amber-500";

/**
 * The currency of an order file that names none. It starts empty, with no
 * placeholder (a grey "USD" read as filled in), and goes to the server once
 * it is a currency code in use, so the dry run reads the amounts in it.
 */
export function CurrencyChoice(props: {
  t: Messages["imports"]["preview"];
  currency: NonNullable<FilePreview["currency"]>;
  onChange: (currency: string) => void;
}) {
  const { t, currency } = props;
  const [text, setText] = useState(currency.chosen ?? "");
  return (
    <label className="block text-sm">
      <span className="mr-2 font-medium text-slate-700">{t.currency}</span>
      <input className={field}
        value={text} maxLength={3} aria-label={t.currency} data-testid="file-currency" required
        aria-invalid={!currency.chosen}
        onChange={(e) => {
          // A sign typed for the code ("€", "£") is taken as its currency.
          const next = currencyOfMark(e.target.value) ?? e.target.value.toUpperCase();
          setText(next);
          if (isCurrencyCode(next) && next !== currency.chosen) props.onChange(next);
        }} />
      {/* The reports' currency said in words, not as a placeholder that reads as filled in. */}
      <span className="ml-2 text-xs text-slate-500">
        {t.currencyHint} {fill(t.currencyReports, { currency: currency.unstated })}
      </span>
    </label>
  );
}
