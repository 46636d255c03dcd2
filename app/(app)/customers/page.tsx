import type { CountryCode } from "libphonenumber-js";
import Link from "next/link";

import { Card } from "@/components/ui/card";
import { CustomerLink } from "@/components/ui/customer-link";
import { Definitions } from "@/components/ui/definitions";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th } from "@/components/ui/table";
import { SegmentBadge, StageBadge, TierBadge } from "@/components/ui/tier-badges";
import { getDb } from "@/db";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { channelNames } from "@/lib/profiles/channel-names";
import { sourceIdLabel, sourceIdOfLabel } from "@/lib/profiles/source-id-label";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { describeModels } from "@/lib/metrics/describe-models";
import { movementLabel } from "@/lib/metrics/snapshots/movement-label";
import { readSummary } from "@/lib/metrics/summary";
import { customerQuery, listCustomers, type CustomerQuery } from "@/lib/profiles/list-customers";
import { parseLookup } from "@/lib/profiles/lookup-identifier";
import { unratedSpendOf } from "@/lib/profiles/unrated-spend";
import { segmentTitle } from "@/lib/segments/display-name";
import { readSettings } from "@/lib/settings/read-settings";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.nav.customers);

export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const [t, locale] = [await getMessages(), await getLocale()];
  const sourceNames = channelNames(getDb(), t.fileValues).channels;
  const f = formatters(locale);
  const db = getDb();
  const query = customerQuery.parse(await searchParams);
  const region = readSettings(db, "general").phoneRegion as CountryCode;
  // A customer's name as this page shows it ("CDNOW customer 07592") finds them too.
  const searched = query.q &&
    (sourceIdOfLabel(query.q, t.customers.ofSource, sourceNames) ?? query.q);
  const exact = searched ? parseLookup(searched, region) : null;
  const { rows, total, page, pages, segment } = listCustomers(db, { ...query, q: searched }, exact);
  const unrated = unratedSpendOf(db, rows.map((row) => row.id));
  const currency = readSummary(db).currency;
  const settings = { models: readSettings(db, "models"), general: readSettings(db, "general"), currency };
  const described = describeModels(t, f, settings);
  const href = (change: Partial<CustomerQuery>) => `/customers?${toSearch({ ...query, ...change })}`;
  const sortLink = (sort: CustomerQuery["sort"], label: string) => (
    <Link href={href({ sort, dir: query.sort === sort && query.dir === "desc" ? "asc" : "desc", page: 1 })}
      className="hover:text-slate-900">
      {label}{query.sort === sort ? (query.dir === "desc" ? " ↓" : " ↑") : ""}
    </Link>
  );
  const filters = [
    query.tier && t.tiers[query.tier],
    query.stage && t.stages[query.stage],
    query.segment && t.segments[query.segment],
    query.r && `R ${query.r}`,
    query.fm && `FM ${query.fm}`,
    segment && f.labelled(t.segmentExplorer.title,
      segment.saved ? segmentTitle(segment.saved, t).name : `#${segment.id}`),
    query.f && `F ${query.f}`,
    movementLabel(query, t),
  ].filter(Boolean);

  return (
    <>
      <PageHeader title={t.customers.title} description={f.count(t.customers.total, total)} />
      <Card>
        <form className="mb-4 flex flex-wrap items-center gap-2" action="/customers">
          {(["tier", "stage", "segment", "r", "fm", "f", "segmentId", "move", "moveFrom", "moveFromKey", "moveTo", "moveToKey"] as const).map((key) =>
            query[key] ? <input key={key} type="hidden" name={key} value={String(query[key])} /> : null,
          )}
          <input name="q" defaultValue={query.q ?? ""} placeholder={t.customers.searchPlaceholder} aria-label={t.common.search}
            className="min-w-64 flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm" />
          <button className="rounded-md bg-slate-900 px-3 py-2 text-sm text-white">{t.common.search}</button>
          {filters.length > 0 && (
            <span className="flex items-center gap-2 text-sm text-slate-600">
              {fill(t.customers.filtered, { filter: filters.join(" · ") })}
              <Link href="/customers" className="text-indigo-700 hover:underline">{t.customers.clear}</Link>
            </span>
          )}
        </form>
        {rows.length === 0 ? (
          <EmptyState title={t.customers.noMatch} />
        ) : (
          <Table>
            <thead>
              <tr>
                <Th>{t.customers.columns.customer}</Th>
                <Th>{t.customers.columns.tier}</Th>
                <Th>{t.customers.columns.stage}</Th>
                <Th>{t.customers.columns.segment}</Th>
                <Th numeric>{sortLink("orders", t.customers.columns.orders)}</Th>
                <Th numeric>{sortLink("revenue", t.customers.columns.revenue)}</Th>
                <Th numeric>{sortLink("recency", t.customers.columns.lastOrder)}</Th>
              </tr>
            </thead>
            <tbody data-testid="customer-rows">
              {rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50">
                  <Td>
                    <CustomerLink id={row.id} className="font-medium">
                      {row.name || row.email || row.phone ||
                        (row.label && sourceIdLabel(row.label, t.customers.ofSource, sourceNames)) ||
                        fill(t.customers.unnamed, { id: row.id })}
                    </CustomerLink>
                  </Td>
                  <Td><TierBadge tier={row.tier} t={t} /></Td>
                  <Td><StageBadge stage={row.stage} t={t} /></Td>
                  <Td><SegmentBadge segment={row.segment} t={t} /></Td>
                  <Td numeric>{f.integer(row.orders)}</Td>
                  <Td numeric>
                    {f.money(row.revenue, currency)}
                    {unrated.get(row.id)?.map(({ currency: own, amount }) => (
                      <span key={own} className="block text-xs text-amber-800" data-testid="unrated-spend">
                        {fill(t.customers.unrated, { amount: f.money(amount, own), base: currency })}
                      </span>
                    ))}
                  </Td>
                  <Td numeric>{row.lastDay === null ? "—" : f.day(dayToIso(row.lastDay))}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pager page={page} pages={pages} hrefFor={(page) => href({ page })} t={t.common}
          integer={f.integer} />
      </Card>
      <Definitions label={t.definitions.label} lines={[described.tiers, described.lifecycle, described.rfm]} />
    </>
  );
}

function toSearch(query: CustomerQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(key, String(value));
  return params.toString();
}
