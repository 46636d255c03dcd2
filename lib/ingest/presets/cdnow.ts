import type { Preset } from "./types";

/**
 * The CDNOW purchase log (Fader & Hardie): whitespace-separated
 * `customer_id date number_of_cds dollar_value`, US dollars, no order id.
 * Rows of one customer on one day are one order (as in the literature).
 */
export const cdnowPreset: Preset = {
  id: "cdnow",
  label: "CDNOW purchase log",
  format: { kind: "whitespace" },
  columns: {
    customerId: ["customer_id"],
    orderedAt: ["date"],
    amount: ["dollar_value"],
  },
  combine: "sum",
  currency: "USD",
};
