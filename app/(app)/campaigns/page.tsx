import Link from "next/link";

import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { formatters } from "@/lib/i18n/format";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { dayToIso } from "@/lib/ingest/normalise/dates";

import { targetLabel } from "./labels";
import { CampaignStatusBadge } from "./status-badge";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.nav.campaigns);

export default async function CampaignsPage() {
  await requirePageRole();
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const c = t.campaigns;
  const rows = listCampaigns(getDb());
  const newButton = (
    <Link href="/campaigns/new" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white">
      {c.newCampaign}
    </Link>
  );

  return (
    <>
      <PageHeader title={c.title} description={c.description} action={newButton} />
      {rows.length === 0 ? (
        <EmptyState title={c.empty} hint={c.emptyHint} action={newButton} />
      ) : (
        <Card>
          <Table>
            <thead>
              <tr>
                <Th>{c.list.campaign}</Th><Th>{c.list.status}</Th><Th>{c.list.dates}</Th><Th>{c.list.targets}</Th>
                <Th numeric>{c.list.budget}</Th><Th numeric>{c.list.contacted}</Th>
                <Th numeric>{c.list.incrementalRevenue}</Th><Th numeric>{c.list.roi}</Th><Th>{c.list.verdict}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/campaigns/${row.id}`} className="font-medium text-indigo-700 hover:underline">{row.name}</Link>
                  </Td>
                  <Td><CampaignStatusBadge status={row.status} t={t} /></Td>
                  <Td>{f.day(dayToIso(row.startDay))} – {f.day(dayToIso(row.endDay))}</Td>
                  <Td>{row.targets.map((target) => targetLabel(t, target)).join(", ")}</Td>
                  <Td numeric>{f.money(row.budgetMinor / 100, row.currency)}</Td>
                  <Td numeric>{row.treated === null ? "—" : f.integer(row.treated)}</Td>
                  <Td numeric>
                    {row.incrementalRevenueMinor === null ? "—" : f.money(row.incrementalRevenueMinor / 100, row.currency)}
                  </Td>
                  <Td numeric>{row.roi === null ? "—" : f.percent(row.roi)}</Td>
                  <Td>{row.verdict ? c.report.verdictShort[row.verdict] : "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
