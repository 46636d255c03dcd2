import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";

import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { SegmentBadge, StageBadge, TierBadge } from "@/components/ui/tier-badges";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { aliasOf } from "@/lib/identity/profile-aliases";
import { readIdentitySettings } from "@/lib/identity/settings";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { channelNames } from "@/lib/profiles/channel-names";
import { readProfileAttributes } from "@/lib/profiles/read-attributes";
import { readProfileChannels } from "@/lib/profiles/read-channels";
import { readIdentityHistory } from "@/lib/profiles/read-identity-history";
import { readProfileIdentifiers } from "@/lib/profiles/read-identifiers";
import { readProfile, type ProfileDetail } from "@/lib/profiles/read-profile";
import { readTimeline, timelineQuery } from "@/lib/profiles/read-timeline";
import { sourceIdLabel } from "@/lib/profiles/source-id-label";

import { ChannelsCard } from "./channels-card";
import { HistoryCard } from "./history-card";
import { IdentifiersCard } from "./identifiers-card";
import { IdentityCard } from "./identity-card";
import { MergeForm } from "./merge-form";
import { MetricsCard, ReasonsCard } from "./metrics-card";
import { PredictionSection } from "./prediction-section";
import { TimelineCard } from "./timeline-card";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string>> };

/** The browser tab names the customer, so several open profiles can be told apart. */
export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  await requirePageRole();
  const id = Number((await params).id);
  const t = await getMessages();
  const profile = Number.isSafeInteger(id) ? readProfile(getDb(), id) : null;
  if (!profile) return { title: t.nav.customers };
  const sourceNames = channelNames(getDb(), t.fileValues).channels;
  return { title: nameOf(profile, t.customers.ofSource, sourceNames) ?? fill(t.customers.unnamed, { id }) };
}

/** What the page and its browser tab call the customer: a name, else the first identifier. */
function nameOf(
  profile: Pick<ProfileDetail, "name" | "email" | "phone" | "identifiers">,
  template: string,
  sourceNames: Record<string, string>,
) {
  const own = profile.identifiers[0]?.value;
  return profile.name || profile.email || profile.phone ||
    (own ? sourceIdLabel(own, template, sourceNames) : null);
}

/** The 360° profile: identity, channels, metrics with reasons, and one timeline. */
export default async function CustomerPage({ params, searchParams }: Params) {
  const user = await requirePageRole();
  const id = Number((await params).id);
  if (!Number.isSafeInteger(id)) notFound();
  const db = getDb();
  const profile = readProfile(db, id);
  if (!profile) {
    // A merge or a new identifier can give a person another id; old links follow them.
    const movedTo = aliasOf(db, id);
    if (movedTo !== null) redirect(`/customers/${movedTo}`);
    notFound();
  }
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const names = channelNames(db, t.fileValues);
  const query = timelineQuery.parse(await searchParams);
  const canEdit = user.role === "admin" || user.role === "manager";
  const { attributes, consent } = readProfileAttributes(db, id, readIdentitySettings(db).sourceRank);
  const identifiers = readProfileIdentifiers(db, id);
  const m = profile.metrics;
  const title = nameOf(profile, t.customers.ofSource, names.channels) ?? fill(t.customers.unnamed, { id });

  return (
    <>
      <Link href="/customers" className="text-sm text-indigo-700 hover:underline">← {t.profile.back}</Link>
      <PageHeader
        title={title}
        action={m && (
          <div className="flex gap-2">
            <TierBadge tier={m.tier} t={t} />
            {/* A profile with no order is a Prospect by tier and by stage: said once. */}
            {!(m.tier === "prospect" && m.stage === "prospect") && (
              <StageBadge stage={m.stage} t={t} />
            )}
            {m.segment && <SegmentBadge segment={m.segment} t={t} />}
          </div>
        )}
      />
      <ReasonsCard db={db} profile={profile} t={t} f={f} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <MetricsCard profile={profile} t={t} f={f} />
        <IdentityCard attributes={attributes} consent={consent} t={t} f={f} />
        <IdentifiersCard profileId={id} identifiers={identifiers} canEdit={canEdit} t={t} f={f} />
        <ChannelsCard channels={readProfileChannels(db, id)} t={t.profile.channels}
          names={names} f={f} />
        {canEdit && (
          <Card title={t.profile.merge.title} className="lg:col-span-2">
            <MergeForm profileId={id} t={t.profile.merge} />
          </Card>
        )}
      </div>
      <PredictionSection profileId={id} orders={m?.orders ?? 0} t={t} locale={locale} />
      <TimelineCard timeline={readTimeline(db, id, query)} query={query} t={t.profile}
        names={names} f={f} />
      <HistoryCard events={readIdentityHistory(db, id)} t={t.profile.history} f={f} />
    </>
  );
}
