import type { Db } from "@/db/client";
import { stages, tiers } from "@/db/schema/metrics";
import { listSegmentChoices } from "@/lib/campaigns/segment-seam";
import type { Messages } from "@/lib/i18n/locales";
import { segmentTitle } from "@/lib/segments/display-name";

import type { TargetOptions } from "./target-fields";

/** What the editor offers as targets: every tier and stage, and the saved segments. */
export function editorOptions(db: Db, t: Messages): TargetOptions {
  return {
    tier: tiers.map((value) => ({ value, label: t.tiers[value] })),
    stage: stages.map((value) => ({ value, label: t.stages[value] })),
    segment: listSegmentChoices(db).map((s) => ({ value: s.id, label: segmentTitle(s, t).name })),
  };
}
