import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { ExcludedPerson } from "@/lib/campaigns/audience/exclusion-sample";
import type { CampaignSettings } from "@/lib/campaigns/settings";
import type { CampaignDetail } from "@/lib/campaigns/read-campaign";
import type { Formatters } from "@/lib/i18n/format";
import { fill, type Messages } from "@/lib/i18n/locales";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { sourceIdLabel } from "@/lib/profiles/source-id-label";

import { targetLabel } from "../labels";

/** Who is left out and in plain words why, e.g. "unsubscribed 20 May 2024". */
export function SuppressedCard({ campaign, people, total, rules, sourceNames, t, f }: {
  campaign: CampaignDetail;
  people: ExcludedPerson[];
  /** Source key → the name pages show it by, to name a customer known only by a source's id. */
  sourceNames: Record<string, string>;
  total: number;
  rules: CampaignSettings;
  t: Messages;
  f: Formatters;
}) {
  if (total === 0) return null;
  const a = t.campaigns.audience;
  const channels = new Map(campaign.targets.flatMap((target) => target.variants.map((v) => [v.id, v.channel])));
  const reason = (person: ExcludedPerson) => {
    const date =
      typeof person.since === "number" ? f.day(dayToIso(person.since)) : person.since ? f.day(person.since.slice(0, 10)) : "";
    const channel = t.campaigns.channels[channels.get(person.variantId) ?? "email"];
    return fill(a.reasons[person.reason], { date, channel, touches: rules.frequencyCap.touches, capDays: rules.frequencyCap.days });
  };

  return (
    <Card title={a.suppressedTitle}>
      <p className="mb-3 text-xs text-slate-500">{fill(a.suppressedHint, { total: f.integer(total) })}</p>
      <Table>
        <thead><tr><Th>{a.customer}</Th><Th>{t.campaigns.editor.target}</Th><Th>{a.reason}</Th></tr></thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.profileId}>
              <Td>
                {person.sourceId
                  ? sourceIdLabel(person.label, t.customers.ofSource, sourceNames) : person.label}
              </Td>
              <Td>{targetLabel(t, campaign.targets.find((target) => target.id === person.targetId)!)}</Td>
              <Td>{reason(person)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
