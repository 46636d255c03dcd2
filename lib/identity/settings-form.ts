import type { CountryCode } from "libphonenumber-js";

import { normaliseBlockEntry } from "./guards/block-list";
import { identitySettings, type IdentitySettings } from "./settings";

export type SettingsFormResult = { ok: true; settings: IdentitySettings } | { ok: false; problems: string[] };

/**
 * Reads the guards form: the block list one "kind:value" per line (values
 * normalised the way importers read them), scope limits one "scope=n" per
 * line, the source rank comma-separated. Every line that cannot be read is
 * named, so nothing an admin typed is silently dropped.
 */
export function readSettingsForm(form: FormData, region: CountryCode): SettingsFormResult {
  const problems: string[] = [];
  const lines = (name: string) =>
    String(form.get(name) ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);

  const blockList: string[] = [];
  for (const line of lines("blockList")) {
    const colon = line.indexOf(":");
    const kind = line.slice(0, Math.max(colon, 0)).trim().toLowerCase();
    const entry = colon > 0 ? normaliseBlockEntry(kind, line.slice(colon + 1), region) : { ok: false as const };
    if (entry.ok) blockList.push(entry.entry);
    else problems.push(line);
  }
  const scopeLimits: Record<string, number> = {};
  for (const line of lines("scopeLimits")) {
    const match = /^([^=\s]+)\s*=\s*(\d+)$/.exec(line);
    if (match && Number(match[2]) >= 1) scopeLimits[match[1].toLowerCase()] = Number(match[2]);
    else problems.push(line);
  }
  const sourceRank = String(form.get("sourceRank") ?? "")
    .split(",")
    .map((key) => key.trim().toLowerCase())
    .filter(Boolean);

  const parsed = identitySettings.safeParse({
    blockList: [...new Set(blockList)],
    maxProfilesPerIdentifier: Number(form.get("maxProfiles")),
    limits: {
      email: Number(form.get("limitEmail")),
      phone: Number(form.get("limitPhone")),
      ext: Number(form.get("limitExt")),
    },
    scopeLimits,
    emailRewrite: { gmailDots: form.get("gmailDots") === "on", plusTags: form.get("plusTags") === "on" },
    sourceRank,
  });
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => issue.path.join(".")));
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, settings: parsed.data };
}
