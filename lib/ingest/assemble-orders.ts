import { identifierKey } from "@/lib/identity/identifier";

import type { OrderRow } from "./map-order-row";
import type { CombineRule } from "./presets/types";

export type AssembledOrder = OrderRow & { key: string };

/**
 * Joins consecutive rows of one order: line items of a web-shop order, or a
 * customer's purchases on one day when the file has no order id (the rule
 * the CDNOW literature uses). Rows of one order that are not adjacent are
 * joined by the writer's upsert instead.
 */
export class OrderAssembler {
  private current: AssembledOrder | null = null;

  constructor(
    private readonly rule: CombineRule,
    private readonly emit: (order: AssembledOrder) => void,
  ) {}

  push(row: OrderRow): void {
    const key = row.orderId ?? `${identifierKey(row.identifiers[0])}|${row.moment.day}`;
    const current = this.current;
    if (current && current.key === key) {
      if (this.rule === "sum") current.amountMinor += row.amountMinor;
      current.identifiers = mergeIdentifiers(current.identifiers, row.identifiers);
      return;
    }
    this.flush();
    this.current = { ...row, key };
  }

  flush(): void {
    if (this.current) this.emit(this.current);
    this.current = null;
  }
}

function mergeIdentifiers(a: OrderRow["identifiers"], b: OrderRow["identifiers"]) {
  const seen = new Set(a.map(identifierKey));
  return [...a, ...b.filter((id) => !seen.has(identifierKey(id)))];
}
