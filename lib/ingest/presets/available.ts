import { z } from "zod";

import type { Db } from "@/db/client";

import { fieldTypes, recordKinds, type FieldName } from "../fields";
import { ImportProblem } from "../import-problem";
import { isCurrencyCode } from "../normalise/money";
import { noSaleStatuses } from "../normalise/order-status";

import { presets } from "./index";
import type { Preset } from "./types";

/** A mapping as the mapping screen sends it and the presets table stores it. */
export const mappingInput = z.object({
  kind: z.enum(recordKinds),
  columns: z.partialRecord(z.enum(Object.keys(fieldTypes) as [FieldName, ...FieldName[]]), z.array(z.string().max(200)).max(10)),
  orderMoney: z.enum(["order", "line"]).optional(),
  currency: z.string().refine((code: string): boolean => isCurrencyCode(code)).optional(),
  dayOrder: z.enum(["dmy", "mdy"]).optional(),
  decimalMark: z.enum([".", ","]).optional(),
  phoneRegion: z.string().regex(/^[A-Z]{2}$/).optional(),
  excludedStatuses: z.array(z.string().max(80)).max(200).optional(),
});
export type MappingInput = z.infer<typeof mappingInput>;

/** A preset made from a mapping: the columns named exactly, no detection bonus. */
export function presetFromMapping(id: string, label: string, source: string, mapping: MappingInput): Preset {
  return {
    id,
    label,
    kind: mapping.kind,
    source,
    columns: mapping.columns,
    orderMoney: mapping.orderMoney,
    currency: mapping.currency,
    dayOrder: mapping.dayOrder,
    decimalMark: mapping.decimalMark,
    phoneRegion: mapping.phoneRegion as Preset["phoneRegion"],
    // Unless the admin chose which statuses count, the usual words for "no sale" do not.
    excludedStatuses: mapping.excludedStatuses ?? noSaleStatuses,
    interactionKind: mapping.kind === "interaction" ? "event" : undefined,
    mapping,
  };
}

/** Built-in presets and the ones admins saved, in that order. */
export function availablePresets(db: Db): Preset[] {
  const saved = db.$client
    .prepare(`SELECT p.key, p.label, s.key AS source, p.definition FROM import_presets p
      JOIN sources s ON s.id = p.source_id ORDER BY p.id`)
    .all() as { key: string; label: string; source: string; definition: string }[];
  const custom = saved.flatMap((row) => {
    const parsed = mappingInput.safeParse(JSON.parse(row.definition));
    return parsed.success ? [presetFromMapping(row.key, row.label, row.source, parsed.data)] : [];
  });
  return [...presets, ...custom];
}

/** The preset a request names or maps, or undefined when the file is to be recognised. */
export function choosePreset(
  db: Db,
  request: { preset?: string; mapping?: MappingInput; source?: string },
  candidates: Preset[],
): Preset | undefined {
  if (request.mapping) return presetFromMapping("custom", "Custom mapping", request.source ?? "custom", request.mapping);
  if (!request.preset) return undefined;
  const preset = candidates.find((p) => p.id === request.preset);
  if (!preset) throw new ImportProblem("unknown_preset", { preset: request.preset, known: candidates.map((p) => p.id).join(", ") });
  return preset;
}
