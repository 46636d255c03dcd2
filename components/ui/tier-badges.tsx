import type { Messages } from "@/lib/i18n/locales";

import { Badge } from "./badge";

export function TierBadge({ tier, t }: { tier: string; t: Messages }) {
  return <Badge label={t.tiers[tier as keyof Messages["tiers"]] ?? tier} colorVar={`--tier-${tier}`} />;
}

export function StageBadge({ stage, t }: { stage: string; t: Messages }) {
  return <Badge label={t.stages[stage as keyof Messages["stages"]] ?? stage} colorVar={`--stage-${stage}`} />;
}

export function SegmentBadge({ segment, t }: { segment: string | null; t: Messages }) {
  if (!segment) return <span className="text-slate-400">—</span>;
  return <Badge label={t.segments[segment as keyof Messages["segments"]] ?? segment} colorVar={`--segment-${segment}`} />;
}
