import { headerKey, type RecordKind } from "../fields";
import { missingFields, resolveColumns } from "../mapping/resolve-columns";

import type { Preset } from "./types";

export type PresetMatch = {
  preset: Preset;
  /** Share of the file's columns the preset knows, plus a small bonus for a vendor preset. */
  score: number;
  known: number;
  missing: string[];
};

// Below this share of known columns a file is not "recognised": it goes to the mapping screen.
export const ACCEPT_SCORE = 0.5;

/**
 * Ranks presets against a header row, best first. A preset that lacks a
 * required field scores 0 but is still listed (with what it misses) so a
 * file that fits none can name the closest ones. Vendor presets need one of
 * their signature headers, so a plain "Email, First Name" list is not taken
 * for a HubSpot export.
 */
export function rankPresets(headers: string[], presets: Preset[]): PresetMatch[] {
  const keys = headers.map(headerKey).filter(Boolean);
  const matches = presets.map((preset) => {
    const vocabulary = presetVocabulary(preset);
    const known = keys.filter((key) => vocabulary.has(key)).length;
    const missing = missingFields(resolveColumns(headers, preset), preset.kind);
    const signed = !preset.signature || preset.signature.some((name) => keys.includes(headerKey(name)));
    if (!signed) {
      missing.push(`a column ${preset.signature!.map((name) => `“${name}”`).join(" or ")}`);
    }
    const share = keys.length ? known / keys.length : 0;
    const score = missing.length ? 0 : share + (preset.generic ? 0 : 0.05);
    return { preset, score, known, missing };
  });
  return matches.sort((a, b) => b.score - a.score || b.known - a.known);
}

/**
 * For a file no preset fits, the three to name: those that know most of its
 * columns. Presets that know none are no closer than any other, except the
 * generic ones, whose mapping fits any file. Between presets that know as
 * many, one of the kind the file looks like (an amount column: orders) comes
 * first, then a generic one, for the same reason.
 */
export function closestPresets(
  headers: string[], presets: Preset[], kind?: RecordKind,
): PresetMatch[] {
  const ranked = rankPresets(headers, presets);
  const fits = (m: PresetMatch) => (m.preset.kind === kind ? 1 : 0);
  const generic = (m: PresetMatch) => (m.preset.generic ? 1 : 0);
  const closer = (a: PresetMatch, b: PresetMatch) => fits(b) - fits(a) || generic(b) - generic(a);
  return [
    ...ranked.filter((m) => m.known > 0).sort((a, b) => b.known - a.known || closer(a, b)),
    ...ranked.filter((m) => m.known === 0 && m.preset.generic),
  ].slice(0, 3);
}

/** The best match when it is good enough to import with no question asked. */
export function pickPreset(headers: string[], presets: Preset[]): PresetMatch | null {
  const [best] = rankPresets(headers, presets);
  return best && best.score >= ACCEPT_SCORE ? best : null;
}

const vocabularies = new WeakMap<Preset, Set<string>>();

function presetVocabulary(preset: Preset): Set<string> {
  let vocabulary = vocabularies.get(preset);
  if (!vocabulary) {
    const names = [
      ...Object.values(preset.columns).flat(),
      ...Object.values(preset.attributes ?? {}).flat(),
      ...(preset.known ?? []),
    ];
    vocabulary = new Set(names.map(headerKey));
    vocabularies.set(preset, vocabulary);
  }
  return vocabulary;
}
