import { formatMinor } from "@/lib/ingest/normalise/money";
import type { RollbackPreview } from "@/lib/ingest/rollback-preview";

import { counted } from "./counted";

/** What a rollback would take out, in lines for the terminal, as the history's dialog says it. */
export function describeRollbackPreview(preview: RollbackPreview, later: number[]): string {
  const records = [
    ...preview.sales.map((sale) => {
      const amount = `${formatMinor(sale.amountMinor)} ${sale.currency}`;
      return sale.refunds === 0 ? `${counted(sale.orders, "sale")} worth ${amount}`
        : `${counted(sale.orders, "sale")} and ${counted(sale.refunds, "refund")}, net ${amount}`;
    }),
    preview.notCounted > 0 && counted(preview.notCounted, "order that did not count",
      "orders that did not count"),
    preview.contacts > 0 && counted(preview.contacts, "contact record"),
    preview.interactions > 0 && counted(preview.interactions, "interaction"),
    preview.tickets > 0 && counted(preview.tickets, "ticket"),
  ].filter((line): line is string => Boolean(line));
  const lines = [
    `Rolling back import #${preview.importId} takes out what ${preview.fileName} brought in:`,
    ...(records.length ? records : ["no records of its own"]).map((line) => `  ${line}`),
  ];
  if (preview.ordersRestored > 0) {
    lines.push(`${counted(preview.ordersRestored, "order")} of earlier imports that it changed ` +
      "get their earlier values back.");
  }
  if (preview.customersOnlyHere > 0) {
    lines.push(`${counted(preview.customersOnlyHere, "customer")} whose every record came with ` +
      `this import ${preview.customersOnlyHere === 1 ? "is" : "are"} removed.`);
  }
  if (later.length > 0) {
    lines.push(`Later imports of the same source (${later.map((id) => `#${id}`).join(", ")}) ` +
      "found some of its records already there: those records go too. Import those files " +
      "again afterwards to bring them back.");
  }
  lines.push("Tiers, stages and predictions are then recomputed.");
  return lines.join("\n");
}
