import type { Messages } from "@/lib/i18n/locales";

/** How a target reads in the UI: the tier or stage name, or the segment's (its number once deleted). */
export function targetLabel(t: Messages, target: { kind: string; key: string; name?: string | null }) {
  if (target.kind === "tier") return t.tiers[target.key as keyof Messages["tiers"]] ?? target.key;
  if (target.kind === "stage") return t.stages[target.key as keyof Messages["stages"]] ?? target.key;
  return target.name ?? `${t.campaigns.targetKinds.segment} ${target.key}`;
}

/** "Target · variant" for tables and chart axes. */
export function variantLabel(t: Messages, target: { kind: string; key: string; name?: string | null }, variant: { label: string }) {
  return `${targetLabel(t, target)} · ${variant.label}`;
}
