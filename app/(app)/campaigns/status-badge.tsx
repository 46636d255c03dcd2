import { Badge } from "@/components/ui/badge";
import type { CampaignStatus } from "@/db/schema/campaigns";
import type { Messages } from "@/lib/i18n/locales";

export function CampaignStatusBadge({ status, t }: { status: CampaignStatus; t: Messages }) {
  return <Badge label={t.campaigns.status[status]} colorVar={`--campaign-${status}`} />;
}
