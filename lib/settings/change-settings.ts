import type { ZodError } from "zod";

import type { Db } from "@/db/client";

import { readSettings, writeSettings } from "./read-settings";
import { generalSettings, modelSettings } from "./schema";

export type SettingGroup = "general" | "models";
export type SettingChange = { path: string; value: unknown };

const groups = { general: generalSettings, models: modelSettings };

/**
 * Which group a dotted path belongs to and the path inside it: "tierShares.vip"
 * and "models.tierShares.vip" both name the VIP share. Null when no group
 * has such a top-level key.
 */
export function locateSetting(path: string): { group: SettingGroup; keys: string[] } | null {
  const parts = path.split(".").filter(Boolean);
  if (parts[0] === "general" || parts[0] === "models")
    return parts.length > 1 ? { group: parts[0], keys: parts.slice(1) } : null;
  for (const group of ["general", "models"] as const) {
    if (parts[0] in groups[group].shape) return { group, keys: parts };
  }
  return null;
}

/** The value at a dotted path of the current settings (defaults filled in). */
export function readSetting(db: Db, path: string): unknown {
  const where = locateSetting(path);
  if (!where) throw new RangeError(`unknown setting "${path}"`);
  return where.keys.reduce<unknown>(
    (value, key) =>
      value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined,
    readSettings(db, where.group),
  );
}

/**
 * Applies changes on top of the current settings and saves every touched
 * group, or nothing: the zod schemas validate the result (a ZodError names
 * the path and the rule). A value of undefined restores the default.
 */
export function changeSettings(db: Db, changes: SettingChange[]): SettingGroup[] {
  const next = {
    general: structuredClone(readSettings(db, "general")),
    models: structuredClone(readSettings(db, "models")),
  };
  const touched = new Set<SettingGroup>();
  for (const { path, value } of changes) {
    const where = locateSetting(path);
    if (!where) throw new RangeError(`unknown setting "${path}"`);
    let node = next[where.group] as Record<string, unknown>;
    for (const key of where.keys.slice(0, -1)) {
      if (!node[key] || typeof node[key] !== "object")
        throw new RangeError(`unknown setting "${path}"`);
      node = node[key] as Record<string, unknown>;
    }
    const last = where.keys[where.keys.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = value;
    touched.add(where.group);
  }
  const parsed = [...touched].map((group) => [group, groups[group].parse(next[group])] as const);
  db.$client.transaction(() => {
    for (const [group, value] of parsed) writeSettings(db, group, value);
  })();
  return [...touched];
}

/** "tierShares: tier shares add up to more than 100 %": each field and the rule it broke. */
export function describeSettingsError(error: ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`)
    .join("; ");
}
