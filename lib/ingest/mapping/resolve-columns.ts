import { headerKey, identityFields, kindFields, type ColumnMap, type FieldName } from "../fields";
import type { Preset } from "../presets/types";

/** Every field's columns, found by the header names the preset allows, in the preset's order. */
export function resolveColumns(headers: string[], preset: Pick<Preset, "columns">): ColumnMap {
  const positions = headerPositions(headers);
  const map: ColumnMap = {};
  for (const [field, names] of Object.entries(preset.columns) as [FieldName, string[]][]) {
    const found = [...new Set(names.flatMap((name) => positions.get(headerKey(name)) ?? []))];
    if (found.length) map[field] = found;
  }
  return map;
}

/** Attribute name → columns, for the extra values a preset keeps on contact records. */
export function resolveAttributes(headers: string[], attributes: Record<string, string[]> = {}) {
  const positions = headerPositions(headers);
  const found: [string, number[]][] = [];
  for (const [name, headerNames] of Object.entries(attributes)) {
    const at = headerNames.flatMap((header) => positions.get(headerKey(header)) ?? []);
    if (at.length) found.push([name, at]);
  }
  return found;
}

/** The required fields a mapping lacks; "customerId|email|phone" when it names nobody. */
export function missingFields(map: ColumnMap, kind: Preset["kind"]): string[] {
  const missing: string[] = kindFields[kind].required.filter((field) => !map[field]);
  if (identityFields.every((field) => !map[field])) missing.push(identityFields.join("|"));
  return missing;
}

function headerPositions(headers: string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  headers.forEach((header, i) => {
    const key = headerKey(header);
    if (!key) return;
    positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  return positions;
}
