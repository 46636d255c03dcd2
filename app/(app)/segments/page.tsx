import Link from "next/link";

import { Sparkline } from "@/components/charts/sparkline";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { segmentTitle } from "@/lib/segments/display-name";
import { seedStarterSegments } from "@/lib/segments/starters";
import { listSegments } from "@/lib/segments/store/list-segments";
import { canChangeSegment, segmentRoles } from "@/lib/segments/store/permissions";

import { SegmentActions } from "./segment-actions";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.nav.segments);

export default async function SegmentsPage() {
  const user = await requirePageRole(segmentRoles);
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const db = getDb();
  seedStarterSegments(db);
  const segments = listSegments(db);
  const s = t.segmentExplorer;

  return (
    <>
      <PageHeader
        title={s.title}
        description={s.description}
        action={
          <div className="flex gap-2">
            <Link
              href="/segments/compare"
              className="rounded-md border border-slate-300 px-3 py-2 text-sm"
            >
              {s.compare}
            </Link>
            <Link
              href="/segments/new"
              className="rounded-md bg-slate-900 px-3 py-2 text-sm text-white"
            >
              {s.newSegment}
            </Link>
          </div>
        }
      />
      <Card>
        <Table>
          <thead>
            <tr>
              <Th>{s.columns.name}</Th>
              <Th>{s.columns.owner}</Th>
              <Th numeric>{s.columns.size}</Th>
              <Th>{s.columns.trend}</Th>
              <Th>{s.columns.actions}</Th>
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => {
              const title = segmentTitle(segment, t);
              const size = segment.sizes.at(-1);
              return (
                <tr key={segment.id} className="hover:bg-slate-50">
                  <Td>
                    <Link
                      href={`/segments/${segment.id}`}
                      className="font-medium text-indigo-700 hover:underline"
                    >
                      {title.name}
                    </Link>
                    {segment.starterKey && (
                      <span className="ml-2">
                        <Badge label={s.starter} />
                      </span>
                    )}
                    {title.description && (
                      <div className="text-xs text-slate-500">{title.description}</div>
                    )}
                  </Td>
                  <Td>{segment.ownerName ?? s.system}</Td>
                  <Td numeric>
                    {size === undefined ? (
                      <span className="text-xs text-slate-400">{s.noSize}</span>
                    ) : (
                      f.integer(size)
                    )}
                  </Td>
                  <Td>
                    <Sparkline
                      values={segment.sizes}
                      label={`${title.name}: ${segment.sizes.map(f.integer).join(" → ")}`}
                    />
                  </Td>
                  <Td>
                    <span className="flex flex-wrap gap-3">
                      <Link
                        href={`/customers?segmentId=${segment.id}`}
                        className="text-sm text-indigo-700 hover:underline"
                      >
                        {s.actions.customers}
                      </Link>
                      <SegmentActions
                        segment={{ id: segment.id, name: title.name }}
                        canChange={canChangeSegment(user, segment)}
                        t={s}
                      />
                    </span>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
