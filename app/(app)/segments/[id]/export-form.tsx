"use client";

import { useState } from "react";

import type { Messages } from "@/lib/i18n/locales";
import type { OutputField } from "@/lib/segments/catalogue/fields";

import { CheckList } from "../_builder/inputs";

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
      <CheckList
        label={t.results.columns}
        options={fields.map((key) => [key, t.fields[key]] as const)}
        values={chosen}
        onChange={setChosen}
        keepOne
      />
      <a
        href={href}
        download
        className="inline-block rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white"
      >
        {t.detail.download}
      </a>
      <p className="text-xs text-slate-500">{t.detail.exportHint}</p>
    </div>
  );
}
