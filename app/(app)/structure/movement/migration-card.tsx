import { HeatTable } from "@/components/charts/heat-table";
import { Card } from "@/components/ui/card";
import type { SnapshotDimension } from "@/db/schema";
import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import { dimensionKeys } from "@/lib/metrics/snapshots/codes";
import { snapshotKeyLabel } from "@/lib/metrics/snapshots/movement-label";
import { largestMoves, migrationMatrix } from "@/lib/metrics/snapshots/movement-view";
import type { MigrationCell } from "@/lib/metrics/snapshots/read-movement";

/** The from-to matrix between two periods; every count links to the customers behind it. */
export function MigrationCard({
  cells,
  dimension,
  from,
  to,
  t,
  locale,
  className,
}: {
  cells: MigrationCell[];
  dimension: SnapshotDimension;
  from: string;
  to: string;
  t: Messages;
  locale: Locale;
  className?: string;
}) {
  const f = formatters(locale);
  const name = (key: string) => snapshotKeyLabel(t, dimension, key);
  const { rows, toKeys } = migrationMatrix(cells, dimensionKeys[dimension]);
  const largest = Math.max(1, ...cells.map((c) => c.customers));
  const href = (fromKey: string, toKey: string) =>
    `/customers?${new URLSearchParams({ move: dimension, moveFrom: from, moveFromKey: fromKey, moveTo: to, moveToKey: toKey })}`;
  const moves = largestMoves(cells);

  return (
    <Card title={t.movement.matrix} className={className}>
      <HeatTable
        label={t.movement.matrix}
        corner={`${f.period(from)} ↓ / ${f.period(to)} →`}
        columns={toKeys.map((key) => ({ key, label: name(key) }))}
        rows={rows.map((row) => ({
          key: row.from,
          label: name(row.from),
          cells: row.cells.map((cell) =>
            cell.customers === 0
              ? null
              : {
                  text: f.integer(cell.customers),
                  title: fill(t.movement.moved, {
                    count: f.integer(cell.customers),
                    from: name(row.from),
                    to: name(cell.to),
                  }),
                  intensity: Math.sqrt(cell.customers / largest),
                  href: href(row.from, cell.to),
                },
          ),
        }))}
      />
      <p className="mt-3 text-xs text-slate-500">{fill(t.movement.matrixHint, { from: f.period(from), to: f.period(to) })}</p>
      <ul className="mt-3 space-y-1 text-sm text-slate-700">
        {moves.length === 0 && <li>{t.movement.noMoves}</li>}
        {moves.map((move) => (
          <li key={`${move.from}-${move.to}`}>
            {fill(t.movement.moved, {
              count: f.integer(move.customers),
              from: name(move.from),
              to: name(move.to),
            })}
          </li>
        ))}
      </ul>
    </Card>
  );
}
