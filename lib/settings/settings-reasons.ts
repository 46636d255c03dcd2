import type { ZodError } from "zod";

import { settingsRules } from "./schema";

export type SettingsReason = keyof typeof settingsRules | "outOfRange" | "unreadable" | "asOfRange";

const byRule = new Map(
  (Object.entries(settingsRules) as [SettingsReason, string][]).map(([key, text]) => [text, key]));

/** The rules a refused save broke, once each, for the page to say in the reader's language. */
export function settingsReasons(error: ZodError): SettingsReason[] {
  return [...new Set(error.issues.map((issue): SettingsReason => byRule.get(issue.message) ??
    (issue.code === "too_big" || issue.code === "too_small" ? "outOfRange" : "unreadable")))];
}
