import { headerKey } from "../fields";

import type { ConsentStatus, Preset } from "./types";

/**
 * Mailchimp audience export: one file per status (subscribed, unsubscribed,
 * cleaned) with merge fields first, then system columns in GMT. The status
 * comes from the file: its UNSUB_TIME / CLEAN_TIME columns, else its name.
 * The status's own time (UNSUB_TIME, CLEAN_TIME, else LAST_CHANGED) dates it,
 * so an older export can never undo a newer unsubscribe.
 */
export const mailchimpMembers: Preset = {
  id: "mailchimp-members",
  label: "Mailchimp audience",
  kind: "contact",
  source: "mailchimp",
  signature: ["MEMBER_RATING", "OPTIN_TIME", "LEID", "EUID", "UNSUB_TIME", "CLEAN_TIME", "CONFIRM_TIME"],
  columns: {
    email: ["Email Address"],
    phone: ["Phone Number"],
    firstName: ["First Name"],
    lastName: ["Last Name"],
    birthday: ["Birthday"],
    region: ["REGION"],
    country: ["CC"],
    tags: ["TAGS"],
    note: ["NOTES"],
    consentAt: ["UNSUB_TIME", "CLEAN_TIME", "LAST_CHANGED", "CONFIRM_TIME", "OPTIN_TIME"],
    observedAt: ["LAST_CHANGED", "CONFIRM_TIME", "OPTIN_TIME"],
  },
  attributes: { memberRating: ["MEMBER_RATING"], address: ["Address"], unsubscribeReason: ["UNSUB_REASON"] },
  known: ["OPTIN_IP", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF", "TIMEZONE", "LEID", "EUID",
    "UNSUB_CAMPAIGN_TITLE", "UNSUB_CAMPAIGN_ID", "UNSUB_REASON_OTHER", "CLEAN_CAMPAIGN_TITLE",
    "CLEAN_CAMPAIGN_ID"],
  fileTimeZone: "UTC",
  consentFromFile: mailchimpStatus,
};

function mailchimpStatus({ fileName, headers }: { fileName: string; headers: string[] }): ConsentStatus {
  const keys = new Set(headers.map(headerKey));
  if (keys.has("unsub time")) return "unsubscribed";
  if (keys.has("clean time")) return "cleaned";
  const name = fileName.toLowerCase();
  if (name.includes("unsubscribed")) return "unsubscribed";
  if (name.includes("cleaned")) return "cleaned";
  return "subscribed";
}
