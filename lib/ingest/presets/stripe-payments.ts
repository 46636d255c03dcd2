import type { Preset } from "./types";

/**
 * Stripe Dashboard › Payments › Export (payments.csv, unified_payments.csv):
 * one row per charge attempt, amounts in major units, times in UTC. Net =
 * Amount − Amount Refunded; failed attempts are kept but never counted.
 */
export const stripePayments: Preset = {
  id: "stripe-payments",
  label: "Stripe payments",
  kind: "order",
  source: "stripe",
  signature: ["Amount Refunded", "Seller Message", "Card Fingerprint", "Customer Email", "Created (UTC)",
    "Created date (UTC)", "PaymentIntent ID"],
  columns: {
    orderId: ["id"],
    orderedAt: ["Created date (UTC)", "Created (UTC)", "Created"],
    amount: ["Amount"],
    refund: ["Amount Refunded"],
    currency: ["Currency"],
    status: ["Status"],
    customerId: ["Customer ID"],
    email: ["Customer Email"],
    name: ["Card Name", "Customer Description"],
    country: ["Card Address Country"],
    itemName: ["Description"],
  },
  known: ["Seller Message", "Converted Amount", "Converted Amount Refunded", "Fee", "Tax", "Converted Currency",
    "Mode", "Statement Descriptor", "Captured", "Card ID", "Card Last4", "Card Brand", "Card Funding",
    "Card Exp Month", "Card Exp Year", "Card Address Line1", "Card Address Line2", "Card Address City",
    "Card Address State", "Card Address Zip", "Card Issue Country", "Card Fingerprint", "Card CVC Status",
    "Card AVS Zip Status", "Card AVS Line1 Status", "Card Tokenization Method", "Disputed Amount",
    "Dispute Status", "Dispute Reason", "Dispute Date (UTC)", "Dispute Evidence Due (UTC)", "Invoice ID",
    "Payment Source Type", "Destination", "Transfer", "Interchange Costs", "Merchant Service Charge",
    "Transfer Group", "PaymentIntent ID", "Is Link", "Application Fee", "Taxes On Fee"],
  orderMoney: "order",
  fileTimeZone: "UTC",
  excludedStatuses: ["failed", "canceled", "cancelled", "incomplete", "requires_payment_method"],
};
