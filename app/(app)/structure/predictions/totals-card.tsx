import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatters } from "@/lib/i18n/format";
import type { Locale, Messages } from "@/lib/i18n/locales";
import type { PredictionTotal } from "@/lib/metrics/predictions/read-predictions";

/** Sums and means of the predictions per group (tier or RFM segment), in the groups' own order. */
export function TotalsCard({
  title,
  rows,
  order,
  label,
  currency,
  t,
  locale,
  className,
}: {
  title: string;
  className?: string;
  rows: PredictionTotal[];
  order: readonly string[];
  label: (key: string) => string;
  currency: string;
  t: Messages;
  locale: Locale;
}) {
  const f = formatters(locale);
  const c = t.predictions.columns;
  const sorted = [...rows].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  return (
    <Card title={title} className={className}>
      <Table>
        <thead>
          <tr>
            <Th>{c.key}</Th>
            <Th numeric>{c.customers}</Th>
            <Th numeric>{c.pAlive}</Th>
            <Th numeric>{c.expected365}</Th>
            <Th numeric>{c.clvSum}</Th>
            <Th numeric>{c.clvMean}</Th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.key}>
              <Td>{label(row.key)}</Td>
              <Td numeric>{f.integer(row.customers)}</Td>
              <Td numeric>{f.percent(row.probabilityAlive)}</Td>
              <Td numeric>{f.decimal(row.expected365)}</Td>
              <Td numeric>{f.money(row.clvSum, currency, { compact: true })}</Td>
              <Td numeric>{f.money(row.clvMean, currency)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="mt-3 text-xs text-slate-500">{t.predictions.aliveNote}</p>
    </Card>
  );
}
