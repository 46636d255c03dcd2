import Link from "next/link";
import { redirect } from "next/navigation";

import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { readSettings } from "@/lib/settings/read-settings";

import { CampaignEditor } from "../../campaign-editor";
import { editorOptions } from "../../editor-options";
import { findCampaignOr404 } from "../find-campaign";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.campaigns.editCampaign);

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRole();
  const db = getDb();
  const campaign = findCampaignOr404(db, (await params).id);
  if (campaign.status !== "draft") redirect(`/campaigns/${campaign.id}`);
  const [t, locale] = [await getMessages(), await getLocale()];
  const { approvalThresholdMinor } = readSettings(db, "campaigns");
  const threshold = formatters(locale).money(approvalThresholdMinor / 100, campaign.currency);
  const values = {
    name: campaign.name,
    goal: campaign.goal,
    coreMessage: campaign.coreMessage,
    startDate: dayToIso(campaign.startDay),
    endDate: dayToIso(campaign.endDay),
    attributionDays: campaign.attributionDays,
    holdoutPercent: Math.round(campaign.holdoutShare * 1000) / 10,
    marginPercent: Math.round(campaign.marginRate * 1000) / 10,
    fixedCost: campaign.fixedCostMinor / 100,
    costPerContact: campaign.costPerContactMinor / 100,
    budget: campaign.budgetMinor / 100,
    excludeBuyersDays: campaign.excludeBuyersDays,
    targets: campaign.targets.map((target) => ({
      kind: target.kind,
      key: target.key,
      variants: target.variants.map(({ label, channel, message, offer, weight }) => ({ label, channel, message, offer, weight })),
    })),
  };

  return (
    <>
      <Link href={`/campaigns/${campaign.id}`} className="text-sm text-indigo-700 hover:underline">← {campaign.name}</Link>
      <PageHeader title={t.campaigns.editCampaign} />
      <Card>
        <CampaignEditor campaignId={campaign.id} values={values} options={editorOptions(db, t)} t={t.campaigns}
          budgetHint={fill(t.campaigns.editor.budgetHint, { amount: threshold })} />
      </Card>
    </>
  );
}
