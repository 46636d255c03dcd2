import type { SnapshotDimension } from "@/db/schema";
import type { Formatters } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/locales";

/** A plain GET form: the page reads its choices from the URL, so every view can be linked. */
export function PeriodForm({
  periods,
  dimension,
  from,
  to,
  t,
  f,
}: {
  periods: string[];
  dimension: SnapshotDimension;
  from: string;
  to: string;
  t: Messages;
  f: Formatters;
}) {
  const select = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <form action="/structure/movement" className="mb-6 flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-slate-600">{t.movement.dimension}</span>
        <select name="dimension" defaultValue={dimension} className={select}>
          {(Object.keys(t.movement.dimensions) as SnapshotDimension[]).map((d) => (
            <option key={d} value={d}>
              {t.movement.dimensions[d]}
            </option>
          ))}
        </select>
      </label>
      {(
        [
          ["from", from],
          ["to", to],
        ] as const
      ).map(([name, value]) => (
        <label key={name} className="flex flex-col gap-1">
          <span className="text-slate-600">{t.movement[name]}</span>
          <select name={name} defaultValue={value} className={select}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {f.period(p)}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button className="rounded-md bg-slate-900 px-3 py-1.5 text-white">{t.movement.show}</button>
    </form>
  );
}
