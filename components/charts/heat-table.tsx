import Link from "next/link";

export type HeatCell = { text: string; title: string; intensity: number; href?: string };
export type HeatRow = { key: string; label: string; note?: string; cells: (HeatCell | null)[] };

/**
 * A table whose cells are shaded by intensity (0–1): cohort retention, the
 * R × F heatmap, the from-to migration matrix. A cell with an href links to
 * the customers behind it.
 */
export function HeatTable({
  columns,
  rows,
  corner,
  noteLabel,
  columnAxis,
  label,
}: {
  columns: { key: string; label: string }[];
  rows: HeatRow[];
  corner: string;
  noteLabel?: string;
  columnAxis?: string;
  label: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-separate border-spacing-0.5 text-xs" aria-label={label}>
        <thead>
          {columnAxis && (
            <tr>
              <th colSpan={noteLabel ? 2 : 1} />
              <th colSpan={columns.length} className="pb-1 text-center font-medium text-slate-500">
                {columnAxis}
              </th>
            </tr>
          )}
          <tr>
            <th scope="col" className="px-2 py-1 text-left font-medium text-slate-500">
              {corner}
            </th>
            {noteLabel && (
              <th scope="col" className="px-2 py-1 text-right font-medium text-slate-500">
                {noteLabel}
              </th>
            )}
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className="px-2 py-1 text-center font-medium whitespace-nowrap text-slate-500"
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th
                scope="row"
                className="px-2 py-1 text-left font-medium whitespace-nowrap text-slate-700"
              >
                {row.label}
              </th>
              {noteLabel && (
                <td className="tabular px-2 py-1 text-right text-slate-600">{row.note}</td>
              )}
              {row.cells.map((cell, i) => (
                <td key={columns[i].key} className="p-0">
                  {cell && <Shade cell={cell} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Shade({ cell }: { cell: HeatCell }) {
  const strength = Math.round(8 + 82 * Math.min(Math.max(cell.intensity, 0), 1));
  const style = { background: `color-mix(in srgb, var(--heat) ${strength}%, white)` };
  const className = `tabular block min-w-14 rounded px-2 py-1.5 text-center ${strength > 50 ? "text-white" : "text-slate-800"}`;
  return cell.href ? (
    <Link
      href={cell.href}
      title={cell.title}
      style={style}
      className={`${className} hover:ring-2 hover:ring-slate-900`}
    >
      {cell.text}
    </Link>
  ) : (
    <span title={cell.title} style={style} className={className}>
      {cell.text}
    </span>
  );
}
