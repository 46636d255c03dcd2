import { HeatTable } from "@/components/charts/heat-table";
import { Card } from "@/components/ui/card";
import { ToggleLinks } from "@/components/ui/toggle-links";
import { formatters } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/locales";
import type { RfHeatCell } from "@/lib/metrics/rfm-heat";

/** R against F, shaded by customers or by their average spend; each cell lists its customers. */
export function RfHeatCard({
  cells,
  by,
  currency,
  t,
  locale,
}: {
  cells: RfHeatCell[];
  by: "customers" | "spend";
  currency: string;
  t: Messages;
  locale: Locale;
}) {
  const f = formatters(locale);
  const top = Math.max(
    1e-9,
    ...cells.map((c) => (by === "customers" ? c.customers : c.averageSpend)),
  );
  const toggles = (["customers", "spend"] as const).map((value) => ({
    href: `/structure?heat=${value}`,
    label: value === "customers" ? t.rfmHeat.byCustomers : t.rfmHeat.byAverageSpend,
    active: by === value,
  }));
  const scores = [1, 2, 3, 4, 5];
  return (
    <Card
      title={t.rfmHeat.title}
      action={<ToggleLinks options={toggles} />}
    >
      <HeatTable
        label={t.rfmHeat.title}
        corner="R × F"
        columnAxis={t.rfmHeat.frequency}
        columns={scores.map((f) => ({ key: String(f), label: String(f) }))}
        rows={[5, 4, 3, 2, 1].map((r) => ({
          key: String(r),
          label: `R ${r}`,
          cells: scores.map((score) => {
            const cell = cells.find((c) => c.r === r && c.f === score);
            if (!cell || cell.customers === 0) return null;
            const spend = f.money(cell.averageSpend, currency);
            const count = f.integer(cell.customers);
            return {
              text: by === "customers" ? count : spend,
              title: `R ${r} · F ${score}: ${count} · ${spend}`,
              intensity: Math.sqrt((by === "customers" ? cell.customers : cell.averageSpend) / top),
              href: `/customers?r=${r}&f=${score}`,
            };
          }),
        }))}
      />
      <p className="mt-3 text-xs text-slate-500">{t.rfmHeat.hint}</p>
    </Card>
  );
}
