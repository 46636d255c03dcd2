import Link from "next/link";
import { z } from "zod";

import { OverlapVenn } from "@/components/charts/overlap-venn";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { readCompileContext } from "@/lib/segments/compile/context";
import { segmentTitle } from "@/lib/segments/display-name";
import { overlapMatrix } from "@/lib/segments/overlap-matrix";
import { overlapSegments, regionMembers } from "@/lib/segments/query/overlap-segments";
import { listSegments } from "@/lib/segments/store/list-segments";
import { segmentRoles } from "@/lib/segments/store/permissions";

import { RegionMembers } from "./region-members";
import { OverlapTables } from "./overlap-tables";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.segmentExplorer.compare);

const SHOWN = 100;

const query = z.object({
  ids: z
    .preprocess(
      (v) => (v === undefined ? [] : [v].flat()),
      z.array(z.coerce.number().int().positive()),
    )
    .catch([]),
  region: z.coerce.number().int().min(1).max(15).optional().catch(undefined),
});

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  await requirePageRole(segmentRoles);
  const [t, locale] = [await getMessages(), await getLocale()];
  const s = t.segmentExplorer;
  const f = formatters(locale);
  const db = getDb();
  const { ids, region } = query.parse(await searchParams);
  const all = listSegments(db).map((segment) => ({
    id: segment.id,
    name: segmentTitle(segment, t).name,
  }));
  const picked = [...new Set(ids)].filter((id) => all.some((segment) => segment.id === id));
  const ready = picked.length >= 2 && picked.length <= 4;
  const overlap = ready ? overlapSegments(db, { ids: picked }) : null;
  const names = picked.map((id) => all.find((segment) => segment.id === id)!.name);
  const shaped = overlap && overlapMatrix(picked.length, overlap.regions);
  const base = `/segments/compare?${picked.map((id) => `ids=${id}`).join("&")}`;
  const regionName = (mask: number) => names.filter((_, i) => mask & (1 << i)).join(" ∩ ");

  return (
    <>
      <Link href="/segments" className="text-sm text-indigo-700 hover:underline">
        ← {s.title}
      </Link>
      <PageHeader title={s.overlap.title} description={s.overlap.pick} />
      <Card>
        <form action="/segments/compare" className="space-y-3">
          <div className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
            {all.map((segment) => (
              <label key={segment.id} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="ids"
                  value={segment.id}
                  defaultChecked={picked.includes(segment.id)}
                />
                {segment.name}
              </label>
            ))}
          </div>
          <button className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white">
            {s.overlap.run}
          </button>
          {picked.length > 4 && (
            <p role="status" className="text-sm text-red-700">
              {s.overlap.tooMany}
            </p>
          )}
        </form>
      </Card>
      {shaped && (
        <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
          {picked.length <= 3 && (
            <Card title={s.overlap.venn}>
              <OverlapVenn
                names={names}
                regions={shaped.regions}
                format={f.integer}
                regionHref={(mask) => `${base}&region=${mask}`}
              />
              <ul className="mt-2 flex flex-wrap gap-4 text-sm">
                {names.map((name, i) => (
                  <li key={name} className="flex items-center gap-1.5">
                    <span
                      className="h-3 w-3 rounded-full"
                      style={{ background: `var(--overlap-${i + 1})` }}
                    />
                    {name}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <OverlapTables
            names={names}
            shaped={shaped}
            t={s}
            format={f.integer}
            regionHref={(mask) => `${base}&region=${mask}`}
            regionName={regionName}
          />
        </div>
      )}
      {shaped && region !== undefined && (
        <RegionMembers
          rows={regionMembers(db, { ids: picked, mask: region, limit: SHOWN })}
          shown={SHOWN}
          currency={readCompileContext(db).baseCurrency}
          title={fill(s.overlap.members, { region: regionName(region) })}
          t={t}
          locale={locale}
        />
      )}
    </>
  );
}
