import Link from "next/link";

import { Card } from "@/components/ui/card";
import { Kpi } from "@/components/ui/kpi";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { identityOverview, listReviews } from "@/lib/identity/reviews";
import { readIdentitySettings } from "@/lib/identity/settings";
import { readSettings } from "@/lib/settings/read-settings";

import { GuardsForm } from "./guards-form";
import { ReviewTable } from "./review-table";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.nav.identity);

/** The joins the guards stopped, for review, and the guards themselves; admins and managers. */
export default async function IdentityPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requirePageRole(["admin", "manager"]);
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const db = getDb();
  const includeDecided = (await searchParams).all === "1";
  const { counts, lastRun } = identityOverview(db);
  const { timeZone } = readSettings(db, "general");
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const i = t.identity;

  return (
    <>
      <PageHeader
        title={i.title}
        description={
          <>
            {i.description}
            {lastRun && (
              <span className="mt-1 block" data-testid="last-run">
                {fill(i.lastRun, {
                  mode: i.modes[lastRun.mode] ?? lastRun.mode,
                  scope: f.integer(lastRun.scope),
                  changed: f.integer(lastRun.changed),
                  seconds: f.decimal(lastRun.durationMs / 1000),
                  when: time.format(new Date(lastRun.createdAt)),
                })}
              </span>
            )}
          </>
        }
      />
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Kpi label={i.counts.profiles} value={f.integer(counts.profiles)} />
        <Kpi label={i.counts.open} value={f.integer(counts.open)} />
        <Kpi label={i.counts.held} value={f.integer(counts.held)} />
        <Kpi label={i.counts.blocked} value={f.integer(counts.blocked)} />
      </div>
      <Card
        title={i.reviews.title}
        className="mb-6"
        action={
          <Link href={includeDecided ? "/identity" : "/identity?all=1"} className="text-sm text-indigo-700 hover:underline">
            {includeDecided ? i.reviews.showOpen : i.reviews.showDecided}
          </Link>
        }
      >
        <ReviewTable reviews={listReviews(db, { includeDecided })} isAdmin={user.role === "admin"} t={t} />
      </Card>
      <Card title={i.settings.title}>
        <GuardsForm settings={readIdentitySettings(db)} editable={user.role === "admin"} t={i.settings} />
      </Card>
    </>
  );
}
