import type { Preset } from "./types";

/**
 * Shopify Admin › Orders › Export (orders_export_1.csv): one row per line
 * item; the first row of an order carries its money and status, the rows
 * after it repeat `Name` and leave those blank. Net = Total − Refunded Amount.
 */
export const shopifyOrders: Preset = {
  id: "shopify-orders",
  label: "Shopify orders",
  kind: "order",
  source: "shopify",
  signature: ["Financial Status", "Lineitem name", "Lineitem quantity", "Fulfillment Status"],
  columns: {
    orderId: ["Name"],
    email: ["Email"],
    phone: ["Phone", "Billing Phone", "Shipping Phone"],
    name: ["Billing Name", "Shipping Name"],
    country: ["Billing Country", "Shipping Country"],
    orderedAt: ["Created at", "Paid at"],
    amount: ["Total"],
    refund: ["Refunded Amount"],
    currency: ["Currency"],
    status: ["Financial Status"],
    channel: ["Source"],
    itemName: ["Lineitem name"],
    sku: ["Lineitem sku"],
    quantity: ["Lineitem quantity"],
    unitPrice: ["Lineitem price"],
    // The buyer's checkbox at checkout, as of the order's date.
    emailConsent: ["Accepts Marketing"],
  },
  known: ["Paid at", "Fulfillment Status", "Fulfilled at", "Fulfillment Date", "Subtotal",
    "Shipping", "Taxes", "Discount Code", "Discount Amount", "Shipping Method", "Lineitem compare at price",
    "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Street",
    "Billing Address1", "Billing Address2", "Billing Company", "Billing City", "Billing Zip", "Billing Province",
    "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Notes", "Note Attributes", "Cancelled at", "Payment Method", "Payment Reference", "Vendor",
    "Outstanding Balance", "Employee", "Location", "Device ID", "Id", "Tags", "Risk Level", "Lineitem discount",
    "Tax 1 Name", "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name",
    "Tax 4 Value", "Tax 5 Name", "Tax 5 Value", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References"],
  orderMoney: "order",
  // Only money that was taken counts; a refund shows in Refunded Amount.
  excludedStatuses: ["pending", "authorized", "voided", "expired"],
};
