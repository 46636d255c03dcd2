import Link from "next/link";

import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { resolveBaseCurrency } from "@/lib/metrics/as-of";
import { readSettings } from "@/lib/settings/read-settings";

import { CampaignEditor, type EditorValues } from "../campaign-editor";
import { editorOptions } from "../editor-options";

export const dynamic = "force-dynamic";
export const generateMetadata = pageTitle((t) => t.campaigns.newCampaign);

export default async function NewCampaignPage() {
  await requirePageRole();
  const [t, locale] = [await getMessages(), await getLocale()];
  const db = getDb();
  const rules = readSettings(db, "campaigns");
  const currency = resolveBaseCurrency(db, readSettings(db, "general").baseCurrency);
  const today = Math.floor(Date.now() / 86_400_000);
  const values: EditorValues = {
    name: "",
    goal: "retain",
    coreMessage: "",
    startDate: dayToIso(today),
    endDate: dayToIso(today + 30),
    attributionDays: rules.defaultAttributionDays,
    holdoutPercent: Math.round(rules.defaultHoldoutShare * 1000) / 10,
    marginPercent: Math.round(rules.defaultMarginRate * 1000) / 10,
    fixedCost: 0,
    costPerContact: 0,
    budget: 0,
    excludeBuyersDays: rules.defaultExcludeBuyersDays,
    targets: [{ kind: "tier", key: "vip", variants: [{ label: "A", channel: "email", message: "", offer: "", weight: 1 }] }],
  };
  const threshold = formatters(locale).money(rules.approvalThresholdMinor / 100, currency);

  return (
    <>
      <Link href="/campaigns" className="text-sm text-indigo-700 hover:underline">← {t.campaigns.back}</Link>
      <PageHeader title={t.campaigns.newCampaign} />
      <Card>
        <CampaignEditor campaignId={null} values={values} options={editorOptions(db, t)} t={t.campaigns}
          budgetHint={fill(t.campaigns.editor.budgetHint, { amount: threshold })} />
      </Card>
    </>
  );
}
