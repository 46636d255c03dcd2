import type { ConsentStatus } from "../presets/types";

const yes = new Set(["yes", "y", "true", "1", "subscribed", "opted in", "opt in", "opt-in", "confirmed", "是", "订阅", "已订阅"]);
const no = new Set(["no", "n", "false", "0", "not subscribed", "non subscribed", "never subscribed", "否", "未订阅"]);
const unsubscribed = new Set(["unsubscribed", "opted out", "opt out", "opt-out", "退订", "已退订"]);
const cleaned = new Set(["cleaned", "bounced", "invalid", "退信"]);
const pending = new Set(["pending", "待确认"]);

/**
 * Reads a consent cell: yes/no flags (Shopify's "Accepts Email Marketing")
 * and status words. "no" is "never subscribed", which is not an opt-out.
 */
export function parseConsent(raw: string): ConsentStatus | null {
  const text = raw.trim().toLowerCase().replace(/_/g, " ");
  if (yes.has(text)) return "subscribed";
  if (no.has(text)) return "non_subscribed";
  if (unsubscribed.has(text)) return "unsubscribed";
  if (cleaned.has(text)) return "cleaned";
  if (pending.has(text)) return "pending";
  return null;
}

/** The time an opt-in the file does not date is given: before any dated event. Never shown. */
export const UNDATED_CONSENT_TIME = "1970-01-01 00:00:00";

/**
 * When a consent has no time of its own, it is dated so that it can never
 * undo a dated one: an opt-in as of the earliest time (any dated opt-out
 * wins over it), an opt-out as of the import (it wins over older opt-ins).
 */
export function undatedConsentTime(status: ConsentStatus, importedAt: string): string {
  return status === "subscribed" || status === "pending" || status === "non_subscribed"
    ? UNDATED_CONSENT_TIME
    : importedAt;
}
