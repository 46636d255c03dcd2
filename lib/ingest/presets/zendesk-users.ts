import { nestedText } from "./nested-json";
import type { Preset } from "./types";

/**
 * Zendesk users, as the JSON export writes them (one Users API object per
 * line). It is how the JSON tickets export's requesters get an email and a
 * phone: both are keyed by Zendesk's user id in the source "zendesk". The
 * help desk's own agents and admins are in the same file: they are left out,
 * and remembered, so the tickets they file themselves are left out too.
 */
export const zendeskUsers: Preset = {
  id: "zendesk-users",
  label: "Zendesk users",
  kind: "contact",
  source: "zendesk",
  signature: ["ticket_restriction", "shared_agent", "only_private_comments", "restricted_agent",
    "role_type"],
  columns: {
    recordId: ["id"],
    customerId: ["id"],
    email: ["email"],
    phone: ["phone"],
    name: ["name"],
    note: ["notes", "details"],
    tags: ["tags"],
    observedAt: ["updated_at", "created_at"],
  },
  attributes: {
    zendeskExternalId: ["external_id"],
    locale: ["locale"],
    timeZone: ["iana_time_zone", "time_zone"],
  },
  known: ["url", "created_at", "shared_phone_number", "photo", "locale_id", "organization_id",
    "role", "verified", "alias", "active", "shared", "shared_agent", "last_login_at",
    "two_factor_auth_enabled", "signature", "role_type", "custom_role_id", "moderator",
    "ticket_restriction", "only_private_comments", "restricted_agent", "suspended",
    "default_group_id", "report_csv", "user_fields"],
  refine(read) {
    const tags = read("tags");
    return tags.startsWith("[") ? { tags: nestedText(tags) } : null;
  },
  leaveOut(row) {
    const role = row.column("role");
    if (!role || role === "end-user") return null;
    return { header: "role", reason: "staff_account", staff: row.read("customerId") };
  },
};
