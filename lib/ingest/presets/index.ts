import { cdnowPreset } from "./cdnow";
import { douyinOrders } from "./douyin-orders";
import { contactsCsv, eventsCsv, ordersCsv, ticketsCsv } from "./generic";
import { hubspotContacts } from "./hubspot-contacts";
import { jdOrders } from "./jd-orders";
import { mailchimpMembers } from "./mailchimp-members";
import { metaLeads } from "./meta-leads";
import { shopifyCustomers } from "./shopify-customers";
import { shopifyOrders } from "./shopify-orders";
import { stripePayments } from "./stripe-payments";
import { taobaoOrders } from "./taobao-orders";
import type { Preset } from "./types";
import { wechatPayBill } from "./wechat-pay-bill";
import { woocommerceOrders } from "./woocommerce-orders";
import { zendeskTickets } from "./zendesk-tickets";
import { zendeskUsers } from "./zendesk-users";

/** The built-in presets; admins add their own from the mapping screen (saved per source). */
export const presets: Preset[] = [
  shopifyOrders,
  shopifyCustomers,
  woocommerceOrders,
  stripePayments,
  mailchimpMembers,
  hubspotContacts,
  zendeskTickets,
  zendeskUsers,
  metaLeads,
  taobaoOrders,
  jdOrders,
  douyinOrders,
  wechatPayBill,
  cdnowPreset,
  ordersCsv,
  contactsCsv,
  eventsCsv,
  ticketsCsv,
];

export function findPreset(id: string, extra: Preset[] = []): Preset | undefined {
  return [...presets, ...extra].find((preset) => preset.id === id);
}

export type { Preset };
