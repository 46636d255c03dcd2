import Link from "next/link";

import type { RfmCell } from "@/lib/metrics/dashboard";

type Props = {
  cells: RfmCell[];
  segmentLabels: Record<string, string>;
  format: (n: number) => string;
  axis: { recency: string; frequencyMonetary: string };
};

/** The 5×5 grid of R against FM; each cell links to its customers. */
export function RfmGrid({ cells, segmentLabels, format, axis }: Props) {
  const max = Math.max(1, ...cells.map((c) => c.customers));
  return (
    <div>
      {/* Above the grid rather than rotated beside it, so Chinese titles stay upright. */}
      <div className="mb-1 text-xs text-slate-500">↑ {axis.recency}</div>
      <div>
        <div className="grid grid-cols-[1.5rem_repeat(5,minmax(0,1fr))] gap-1">
          {cells.map((cell, i) => (
            <GridCell key={`${cell.r}-${cell.fm}`} cell={cell} rowLabel={i % 5 === 0 ? cell.r : null} max={max}
              label={segmentLabels[cell.segment]} format={format} />
          ))}
          <span />
          {[1, 2, 3, 4, 5].map((fm) => (
            <span key={fm} className="text-center text-xs text-slate-500">{fm}</span>
          ))}
        </div>
        <div className="mt-1 text-center text-xs text-slate-500">{axis.frequencyMonetary}</div>
      </div>
    </div>
  );
}

function GridCell({ cell, rowLabel, max, label, format }: {
  cell: RfmCell;
  rowLabel: number | null;
  max: number;
  label: string;
  format: (n: number) => string;
}) {
  const strength = 0.15 + 0.85 * Math.sqrt(cell.customers / max);
  return (
    <>
      {rowLabel !== null && <span className="flex items-center justify-center text-xs text-slate-500">{rowLabel}</span>}
      <Link
        href={`/customers?segment=${cell.segment}&r=${cell.r}&fm=${cell.fm}`}
        title={`${label}: ${format(cell.customers)}`}
        className={`relative flex h-[4.5rem] flex-col justify-between overflow-hidden rounded-md p-1.5 hover:ring-2 hover:ring-slate-900 ${
          strength > 0.55 ? "text-white" : "text-slate-800"
        }`}
      >
        <span className="absolute inset-0" style={{ background: `var(--segment-${cell.segment})`, opacity: strength }} />
        {/* Up to two lines ("Potential / loyalist"); the title holds the full name if even that is too narrow. */}
        <span className="relative line-clamp-2 text-[11px] leading-tight font-medium hyphens-auto [overflow-wrap:anywhere]">{label}</span>
        <span className="tabular relative text-sm font-semibold">{format(cell.customers)}</span>
      </Link>
    </>
  );
}
