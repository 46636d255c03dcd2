import Link from "next/link";

import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Messages } from "@/lib/i18n/locales";
import type { overlapMatrix } from "@/lib/segments/overlap-matrix";

/** The pairwise matrix (diagonal: each segment's size) and every region with its count. */
export function OverlapTables({
  names,
  shaped,
  t,
  format,
  regionHref,
  regionName,
}: {
  names: string[];
  shaped: ReturnType<typeof overlapMatrix>;
  t: Messages["segmentExplorer"];
  format: (n: number) => string;
  regionHref: (mask: number) => string;
  regionName: (mask: number) => string;
}) {
  return (
    <div className="space-y-6">
      <Card title={t.overlap.matrix}>
        <Table>
          <thead>
            <tr>
              <Th />
              {names.map((name) => (
                <Th key={name} numeric>
                  {name}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody data-testid="overlap-matrix">
            {shaped.matrix.map((row, i) => (
              <tr key={names[i]}>
                <Td>{names[i]}</Td>
                {row.map((n, j) => (
                  <Td key={j} numeric>
                    {format(n)}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card title={t.overlap.regions}>
        <Table>
          <thead>
            <tr>
              <Th>{t.overlap.region}</Th>
              <Th numeric>{t.columns.size}</Th>
            </tr>
          </thead>
          <tbody>
            {shaped.regions.map((region) => (
              <tr key={region.mask}>
                <Td>
                  <Link href={regionHref(region.mask)} className="text-indigo-700 hover:underline">
                    {region.members.length === 1
                      ? `${t.overlap.only} ${regionName(region.mask)}`
                      : regionName(region.mask)}
                  </Link>
                </Td>
                <Td numeric>{format(region.customers)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
