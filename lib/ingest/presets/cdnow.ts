import type { Preset } from "./types";

/**
 * The CDNOW purchase log (Fader & Hardie): whitespace-separated
 * `customer_id date number_of_cds dollar_value`, US dollars, no order id.
 * Rows of one customer on one day are one order (as in the literature).
 */
export const cdnowPreset: Preset = {
  id: "cdnow",
  label: "CDNOW purchase log",
  kind: "order",
  source: "cdnow",
  format: { kind: "whitespace" },
  columns: {
    customerId: ["customer_id"],
    orderedAt: ["date"],
    amount: ["dollar_value"],
    quantity: ["number_of_cds"],
  },
  orderMoney: "line",
  keyRule: "customer-day",
  currency: "USD",
  // The published 1/10 sample has no header and carries the sample id too.
  headerless: {
    4: ["customer_id", "date", "number_of_cds", "dollar_value"],
    5: ["customer_id", "sample_id", "date", "number_of_cds", "dollar_value"],
  },
};
