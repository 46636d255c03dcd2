import Link from "next/link";

import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { exclusionSample } from "@/lib/campaigns/audience/exclusion-sample";
import { findOfferConflicts } from "@/lib/campaigns/audience/find-conflicts";
import { loadFrozenAudience } from "@/lib/campaigns/audience/frozen-audience";
import { resolveAudience, type ResolvedAudience } from "@/lib/campaigns/audience/resolve-audience";
import { audienceCostMinor } from "@/lib/campaigns/audience-cost";
import { budgetInputs } from "@/lib/campaigns/budget/budget-rows";
import { campaignAuthors } from "@/lib/campaigns/campaign-authors";
import { CampaignError } from "@/lib/campaigns/errors";
import { exportCounts } from "@/lib/campaigns/exports/audience-file";
import { availableActions } from "@/lib/campaigns/status-flow";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { channelNames } from "@/lib/profiles/channel-names";
import { readSettings } from "@/lib/settings/read-settings";

import { targetLabel } from "../labels";
import { CampaignStatusBadge } from "../status-badge";
import { AudienceCard } from "./audience-card";
import { BudgetAssistant } from "./budget-assistant";
import { ConflictsCard } from "./conflicts-card";
import { DeleteDraft } from "./delete-draft";
import { ExportsCard } from "./exports-card";
import { findCampaignOr404 } from "./find-campaign";
import { ContentCard, PlanCard } from "./plan-card";
import { StatusActions } from "./status-actions";
import { SuppressedCard } from "./suppressed-card";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.campaigns.list.campaign);

const EXAMPLES_PER_REASON = 5;

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRole();
  const db = getDb();
  const campaign = findCampaignOr404(db, (await params).id);
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const c = t.campaigns;
  const rules = readSettings(db, "campaigns");
  const launched = campaign.status === "live" || campaign.status === "finished";

  let audience: ResolvedAudience | null = null;
  let problem: string | null = null;
  try {
    audience = launched ? loadFrozenAudience(db, { campaign }) : resolveAudience(db, { campaign });
  } catch (error) {
    if (!(error instanceof CampaignError)) throw error;
    problem = c.errors[error.code];
  }
  const labels = Object.fromEntries(campaign.targets.map((target) => [target.id, targetLabel(t, target)]));

  return (
    <>
      <Link href="/campaigns" className="text-sm text-indigo-700 hover:underline">← {c.back}</Link>
      <PageHeader
        title={campaign.name}
        description={<CampaignStatusBadge status={campaign.status} t={t} />}
        action={
          <div className="flex flex-wrap items-end gap-3">
            {campaign.status === "draft" && (
              <Link href={`/campaigns/${campaign.id}/edit`} className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm">
                {c.editCampaign}
              </Link>
            )}
            {campaign.status === "draft" &&
              (campaign.createdBy === user.id || user.role !== "marketer") && (
              <DeleteDraft campaign={campaign} t={c} />
            )}
            {launched && (
              <Link href={`/campaigns/${campaign.id}/report`} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white">
                {c.report.open}
              </Link>
            )}
            <StatusActions campaignId={campaign.id} actions={availableActions(campaign.status, user.role)} t={c} />
          </div>
        }
      />
      <div className="space-y-6">
        <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
          <PlanCard campaign={campaign} authors={campaignAuthors(db, campaign)}
            thresholdMinor={rules.approvalThresholdMinor}
            projectedCostMinor={audience && !launched
              ? audienceCostMinor(campaign, audience.funnel.total.treatment) : null}
            t={t} f={f} />
          <div className="space-y-6">
            {problem && <Card title={c.audience.title}><p role="alert" className="text-sm text-red-700">{problem}</p></Card>}
            {audience && !launched && <ConflictsCard report={findOfferConflicts(db, { campaign, audience })} t={t} f={f} />}
            {audience && (
              <ExportsCard campaignId={campaign.id} counts={launched ? exportCounts(campaign, audience) : null} t={t} f={f} />
            )}
          </div>
        </div>
        {audience && !launched && (
          <UnreachedTargets names={campaign.targets
            .filter((target) => (audience.funnel.byTarget[target.id]?.treatment ?? 0) === 0)
            .map((target) => labels[target.id])} text={c.audience.reachesNobody} f={f} />
        )}
        {audience && (
          <AudienceCard campaign={campaign} funnel={audience.funnel} rules={rules} t={t} f={f}
            frozenOn={campaign.launchedAt ? f.day(campaign.launchedAt) : null} />
        )}
        <ContentCard campaign={campaign} t={t} f={f} />
        {audience && !launched && (
          <Card title={c.budget.title}>
            <BudgetAssistant campaignId={campaign.id} inputs={budgetInputs(db, { campaign, audience })} labels={labels}
              editable={campaign.status === "draft"} currency={campaign.currency} locale={locale} t={c} />
          </Card>
        )}
        {audience && (
          <SuppressedCard campaign={campaign} people={exclusionSample(audience, EXAMPLES_PER_REASON)}
            total={audience.exclusions.length} rules={rules}
            sourceNames={channelNames(db, t.fileValues).channels} t={t} f={f} />
        )}
      </div>
    </>
  );
}

/**
 * The targets nobody in which can be contacted (no consent on the channel, no address, the
 * contact limit at 0): said before launch, as a launch would leave them out without a word.
 */
function UnreachedTargets({ names, text, f }: {
  names: string[]; text: string; f: ReturnType<typeof formatters>;
}) {
  if (names.length === 0) return null;
  return (
    <p role="alert"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
      data-testid="unreached-targets">
      {fill(text, { targets: f.list(names) })}
    </p>
  );
}
