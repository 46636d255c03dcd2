"use client";

import type { LegendPayload } from "recharts";

/**
 * Recharts' own legend labels every swatch "<name> legend icon" in English;
 * here the swatch is decorative (aria-hidden) and the series name, already
 * in the page's language, is the only text. Charts pass itemSorter={null}
 * so entries keep the series' order instead of being sorted by name.
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className="flex flex-wrap justify-center gap-x-3 gap-y-1 text-xs text-slate-600">
      {payload?.filter((entry) => entry.type !== "none").map((entry) => (
        <li key={String(entry.value)} className="inline-flex items-center gap-1">
          <span aria-hidden className={entry.type === "line" ? "h-0.5 w-3" : "h-2.5 w-2.5 rounded-sm"}
            style={{ background: entry.color }} />
          {entry.value}
        </li>
      ))}
    </ul>
  );
}
