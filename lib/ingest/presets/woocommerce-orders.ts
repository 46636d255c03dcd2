import type { Preset } from "./types";

/**
 * WooCommerce orders from the "Advanced Order Export" plugin (its default
 * labels, and the snake_case names of the SkyVerge exporter): one row per
 * item with the order's total repeated, so the total is read once. The file
 * has no currency column; the billing country gives it, and the phone region.
 */
export const woocommerceOrders: Preset = {
  id: "woocommerce-orders",
  label: "WooCommerce orders",
  kind: "order",
  source: "woocommerce",
  signature: ["Order Total Amount", "Email (Billing)", "Country Code (Billing)", "billing_email", "order_total"],
  columns: {
    orderId: ["Order Number", "order_number", "Order ID", "order_id"],
    status: ["Order Status", "status"],
    orderedAt: ["Order Date", "order_date"],
    email: ["Email (Billing)", "billing_email"],
    phone: ["Phone (Billing)", "billing_phone"],
    firstName: ["First Name (Billing)", "billing_first_name"],
    lastName: ["Last Name (Billing)", "billing_last_name"],
    country: ["Country Code (Billing)", "billing_country", "Country Code (Shipping)"],
    amount: ["Order Total Amount", "order_total"],
    refund: ["Order Refund Amount", "refunded_total"],
    currency: ["Order Currency", "Currency", "order_currency"],
    lineId: ["Item #"],
    itemName: ["Item Name", "item_name"],
    sku: ["SKU", "item_sku"],
    quantity: ["Quantity (- Refund)", "Quantity", "item_quantity"],
    unitPrice: ["Item Cost", "item_cost"],
  },
  known: ["Customer Note", "Company (Billing)", "Address 1&2 (Billing)", "City (Billing)", "State Code (Billing)",
    "Postcode (Billing)", "First Name (Shipping)", "Last Name (Shipping)", "Address 1&2 (Shipping)",
    "City (Shipping)", "State Code (Shipping)", "Postcode (Shipping)", "Order Subtotal Amount",
    "Order Shipping Amount", "Order Total Tax Amount", "Coupon Code", "Discount Amount", "Discount Amount Tax",
    "Summary Report Total Orders", "Summary Report Total Amount",
    // The payment method (PayPal, a card) is not where the customer bought: no channel.
    "Payment Method Title"],
  orderMoney: "order",
  currencyFromCountry: true,
  excludedStatuses: ["cancelled", "refunded", "on hold", "on-hold", "pending", "pending payment", "failed",
    "draft", "checkout-draft", "trash"],
};
