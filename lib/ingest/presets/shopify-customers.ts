import type { Preset } from "./types";

/**
 * Shopify Admin › Customers › Export: one row per customer. `Total Spent` is
 * a snapshot of the same money as the orders export and is not read, so it
 * is never added on top of the orders.
 */
export const shopifyCustomers: Preset = {
  id: "shopify-customers",
  label: "Shopify customers",
  kind: "contact",
  source: "shopify",
  signature: ["Accepts Email Marketing", "Accepts Marketing", "Total Spent", "Tax Exempt", "Accepts SMS Marketing"],
  columns: {
    recordId: ["Customer ID"],
    email: ["Email"],
    phone: ["Phone", "Default Address Phone"],
    firstName: ["First Name"],
    lastName: ["Last Name"],
    company: ["Company", "Default Address Company"],
    city: ["City", "Default Address City"],
    region: ["Province", "Default Address Province Code"],
    country: ["Country Code", "Default Address Country Code", "Country"],
    tags: ["Tags"],
    note: ["Note"],
    emailConsent: ["Accepts Email Marketing", "Accepts Marketing"],
    smsConsent: ["Accepts SMS Marketing"],
  },
  known: ["Address1", "Address2", "Province Code", "Zip", "Total Spent", "Total Orders", "Tax Exempt",
    "Default Address Address1", "Default Address Address2", "Default Address Zip"],
};
