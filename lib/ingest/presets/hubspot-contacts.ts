import type { Preset } from "./types";

/**
 * HubSpot CRM contacts export: the columns of the exported view, always
 * starting with `Record ID` (kept as the contact's id in HubSpot). Dates are
 * in the portal's zone, as `YYYY-MM-DD HH:MM` or US `3/15/2024 2:30 PM`.
 */
export const hubspotContacts: Preset = {
  id: "hubspot-contacts",
  label: "HubSpot contacts",
  kind: "contact",
  source: "hubspot",
  signature: ["Record ID"],
  columns: {
    recordId: ["Record ID"],
    customerId: ["Record ID"],
    email: ["Email"],
    phone: ["Phone Number", "Mobile Phone Number"],
    firstName: ["First Name"],
    lastName: ["Last Name"],
    company: ["Associated Company", "Company Name"],
    city: ["City"],
    region: ["State/Region"],
    country: ["Country/Region"],
    observedAt: ["Last Modified Date", "Last Activity Date", "Create Date"],
  },
  attributes: {
    lifecycleStage: ["Lifecycle Stage"],
    leadStatus: ["Lead Status"],
    owner: ["Contact owner"],
    originalSource: ["Original Source"],
  },
  known: ["Create Date", "Last Activity Date", "Marketing contact status"],
  dayOrder: "mdy",
};
