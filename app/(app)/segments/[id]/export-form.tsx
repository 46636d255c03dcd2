"use client";

import { useState } from "react";

import type { Messages } from "@/lib/i18n/locales";
import type { OutputField } from "@/lib/segments/catalogue/fields";

/** Pick columns, then download: a plain link, so the browser streams the file. */
export function ExportForm({
  segmentId,
  fields,
  initial,
  t,
}: {
  segmentId: number;
  fields: OutputField[];
  initial: OutputField[];
  t: Messages["segmentExplorer"];
}) {
  const [chosen, setChosen] = useState<OutputField[]>(initial);
  const href = `/api/segments/${segmentId}/export?columns=${chosen.join(",")}`;
  return (
    <div className="space-y-3">
      <div
        role="group"
        aria-label={t.results.columns}
        className="flex flex-wrap gap-x-4 gap-y-1 text-sm"
      >
        {fields.map((key) => (
          <label key={key} className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={chosen.includes(key)}
              onChange={(e) =>
                setChosen(e.target.checked ? [...chosen, key] : chosen.filter((c) => c !== key))
              }
            />
            {t.fields[key]}
          </label>
        ))}
      </div>
      <a
        href={chosen.length ? href : undefined}
        download
        aria-disabled={!chosen.length}
        className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white aria-disabled:opacity-50"
      >
        {t.detail.download}
      </a>
      <p className="text-xs text-slate-500">{t.detail.exportHint}</p>
    </div>
  );
}
