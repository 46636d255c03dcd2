import { Card } from "@/components/ui/card";
import { CustomerLink } from "@/components/ui/customer-link";
import { Table, Td, Th } from "@/components/ui/table";
import { TierBadge, StageBadge } from "@/components/ui/tier-badges";
import { formatters } from "@/lib/i18n/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/locales";
import type { RawRow } from "@/lib/segments/query/read-rows";

/** The customers behind one region of the comparison, highest spend first. */
export function RegionMembers({
  rows,
  shown,
  currency,
  title,
  t,
  locale,
}: {
  /** identifier, name, email, tier, stage, revenue (minor units), as regionMembers reads them. */
  rows: RawRow[];
  shown: number;
  currency: string;
  title: string;
  t: Messages;
  locale: Locale;
}) {
  const f = formatters(locale);
  const s = t.segmentExplorer;
  return (
    <Card title={title} className="mt-6">
      <p className="mb-2 text-xs text-slate-500">
        {fill(s.overlap.firstOnes, { count: f.integer(shown) })}
      </p>
      <Table>
        <thead>
          <tr>
            <Th>{s.fields.name}</Th>
            <Th>{s.fields.email}</Th>
            <Th>{s.fields.tier}</Th>
            <Th>{s.fields.stage}</Th>
            <Th numeric>{s.fields.revenue}</Th>
          </tr>
        </thead>
        <tbody data-testid="region-members">
          {rows.map(({ id, values: [identifier, name, email, tier, stage, revenue] }) => (
            <tr key={id}>
              <Td>
                <CustomerLink id={id}>
                  {String(name ?? email ?? identifier ?? `#${id}`)}
                </CustomerLink>
              </Td>
              <Td>{String(email ?? "")}</Td>
              <Td>
                <TierBadge tier={String(tier)} t={t} />
              </Td>
              <Td>
                <StageBadge stage={String(stage)} t={t} />
              </Td>
              <Td numeric>{f.money(Number(revenue) / 100, currency)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
