import type { Preset } from "./types";

/**
 * Meta (Facebook/Instagram) lead-ads download: one row per lead with the
 * form's answers. Each lead is a contact and a lead-form interaction dated
 * by `created_time` (ISO 8601 with an offset).
 */
export const metaLeads: Preset = {
  id: "meta-leads",
  label: "Meta lead ads",
  kind: "contact",
  source: "meta-leads",
  signature: ["form_id", "form_name", "ad_id", "adset_name", "is_organic", "created_time"],
  columns: {
    recordId: ["id"],
    email: ["email"],
    phone: ["phone_number", "phone"],
    name: ["full_name"],
    firstName: ["first_name"],
    lastName: ["last_name"],
    city: ["city"],
    country: ["country"],
    observedAt: ["created_time"],
    occurredAt: ["created_time"],
    detail: ["form_name", "campaign_name"],
    channel: ["platform"],
  },
  attributes: { leadStatus: ["lead_status"], campaign: ["campaign_name"], zip: ["zip_code"] },
  known: ["ad_id", "ad_name", "adset_id", "adset_name", "campaign_id", "form_id", "is_organic", "zip_code"],
  interactionKind: "lead_form",
};
