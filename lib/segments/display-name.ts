import { fill, type Messages } from "@/lib/i18n/locales";

import { starterSegments } from "./starters";

type Named = { name: string; description: string; starterKey: string | null };

/**
 * A segment's name and description in the reader's language: a starter
 * that still has its shipped English name is shown translated; anything a
 * user named is shown as typed.
 */
export function segmentTitle(segment: Named, t: Messages): { name: string; description: string } {
  const starter = starterSegments.find((s) => s.key === segment.starterKey);
  if (!starter || starter.name !== segment.name)
    return { name: segment.name, description: segment.description };
  const names = t.segmentExplorer.starterNames;
  const [kind, value] = starter.key.split(/-(.*)/);
  const name =
    kind === "tier"
      ? fill(names.tier, { tier: t.tiers[value as keyof Messages["tiers"]] })
      : kind === "stage"
        ? fill(names.stage, { stage: t.stages[value as keyof Messages["stages"]] })
        : names[starter.key as keyof typeof names];
  const description =
    segment.description === starter.description
      ? (t.segmentExplorer.starterDescriptions[starter.key] ?? segment.description)
      : segment.description;
  return { name, description };
}
