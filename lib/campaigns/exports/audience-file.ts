import type { CampaignChannel } from "@/db/schema/campaigns";
import { fixedNumber, type CsvCell } from "@/lib/export/csv";

import type { Member } from "../audience/plan-audience";
import type { ResolvedAudience } from "../audience/resolve-audience";
import type { CampaignDetail } from "../read-campaign";
import { hashEmailForMatch, hashPhoneForMatch } from "./customer-match";

export const exportKinds = ["email", "sms", "customer-match", "generic"] as const;
export type ExportKind = (typeof exportKinds)[number];

/** Which variants' members each file carries; the generic file carries every contacted member. */
const channelsOf: Record<ExportKind, CampaignChannel[] | null> = {
  email: ["email"],
  sms: ["sms"],
  "customer-match": ["paid_social"],
  generic: null,
};

export interface AudienceFile {
  rows: CsvCell[][];
  /** Data rows, after deduplication. */
  count: number;
  /** The customer-match file is pure ASCII for a machine upload: no BOM, exactly the platform's header. */
  bom: boolean;
}

type Variant = CampaignDetail["targets"][number]["variants"][number];

function content(campaign: CampaignDetail) {
  const variants = new Map<number, { variant: Variant; target: string }>();
  for (const t of campaign.targets) for (const v of t.variants) variants.set(v.id, { variant: v, target: `${t.kind}:${t.key}` });
  return variants;
}

/**
 * One export file of a campaign's contacted members (the holdout never
 * appears), one row per unified customer: a key that two profiles share
 * (an address) is written once.
 */
export function audienceFile(kind: ExportKind, campaign: CampaignDetail, audience: ResolvedAudience): AudienceFile {
  const variants = content(campaign);
  const wanted = channelsOf[kind];
  const members = audience.members.filter(
    (m) => !m.holdout && (wanted === null || wanted.includes(variants.get(m.variantId)!.variant.channel)),
  );
  const seen = new Set<string>();
  const rows: CsvCell[][] = [];
  for (const m of members) {
    const row = rowFor(kind, m, audience, variants.get(m.variantId)!);
    if (!row || seen.has(row.key)) continue;
    seen.add(row.key);
    rows.push(row.cells);
  }
  return { rows: [headers[kind], ...rows], count: rows.length, bom: kind !== "customer-match" };
}

const headers: Record<ExportKind, string[]> = {
  email: ["email", "name", "target", "variant", "offer", "message"],
  sms: ["phone", "name", "target", "variant", "offer", "message"],
  // Google Ads Customer Match template names; hashed values.
  "customer-match": ["Email", "Phone"],
  generic: ["profile", "name", "email", "phone", "customer_ids", "tier", "stage", "target", "variant",
    "channel", "offer", "message", "orders", "monetary"],
};

function rowFor(
  kind: ExportKind,
  m: Member,
  audience: ResolvedAudience,
  { variant, target }: { variant: Variant; target: string },
): { key: string; cells: CsvCell[] } | null {
  const person = audience.people.get(m.profileId)!;
  const content = [target, variant.label, variant.offer, variant.message];
  switch (kind) {
    case "email":
      return m.email ? { key: m.email, cells: [m.email, person.name, ...content] } : null;
    case "sms":
      return m.phone ? { key: m.phone, cells: [m.phone, person.name, ...content] } : null;
    case "customer-match": {
      const email = m.email ? hashEmailForMatch(m.email) : null;
      const phone = m.phone ? hashPhoneForMatch(m.phone) : null;
      if (!email && !phone) return null;
      return { key: `${email}|${phone}`, cells: [email, phone] };
    }
    case "generic":
      return {
        key: String(m.profileId),
        // The profile's page, not its bare 16-digit id, which Excel would round.
        cells: [`/customers/${m.profileId}`, person.name, m.email, m.phone, person.externalIds.join(" "), person.tier, person.stage,
          target, variant.label, variant.channel, variant.offer, variant.message, person.orders,
          fixedNumber(person.revenueMinor / 100, 2)],
      };
  }
}

/** Rows each export would hold now, for the counts shown next to the links. */
export function exportCounts(campaign: CampaignDetail, audience: ResolvedAudience): Record<ExportKind, number> {
  return Object.fromEntries(
    exportKinds.map((kind) => [kind, audienceFile(kind, campaign, audience).count]),
  ) as Record<ExportKind, number>;
}
