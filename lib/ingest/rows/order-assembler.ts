import { identifierKey } from "@/lib/identity/identifier";

import type { Preset, ReadContext } from "../presets/types";

import { readLine, readOrderPart } from "./read-order";
import { readPerson } from "./read-person";
import type { RowReader } from "./row-reader";
import type { OrderLine, OrderPart, Person, RowIssue } from "./types";

/** One order, its rows joined: net amount, whether it counts, its line items. */
export type AssembledOrder = Omit<OrderPart, "line" | "refundMinor"> & {
  /** The order id, or the customer-day key; null means "key by content". */
  key: string | null;
  lines: OrderLine[];
  /** The file rows it was read from, for the counts of rows by customer. */
  rows: number;
};

/**
 * Joins consecutive rows of one order. Where the order's money sits on its
 * first row (Shopify, WooCommerce, JD), later rows of the same order add
 * only their line item and are not checked for a date or an amount. Where
 * each row is a part (Douyin sub-orders, CDNOW's same-day purchases), the
 * parts that count are summed. Rows of one order that are not adjacent are
 * joined by the writer instead.
 */
export class OrderAssembler {
  private current: AssembledOrder | null = null;

  constructor(
    private readonly preset: Preset,
    private readonly context: ReadContext,
    private readonly emit: (order: AssembledOrder) => void,
    private readonly reject: (issue: RowIssue) => void,
  ) {}

  push(reader: RowReader): void {
    const orderId = reader.read("orderId") || null;
    const current = this.current;
    const sameId = current !== null && orderId !== null && current.orderId === orderId;
    // Whether its money is per order or per line, a row under the id that names another buyer is
    // another order: joined, it would make the two buyers one customer.
    const anotherBuyer = sameId && this.anotherBuyer(reader, current);
    if (sameId && !anotherBuyer && this.preset.orderMoney !== "line") {
      const line = readLine(reader, current.status, false, this.context.decimalMark);
      if (line) current.lines.push(line);
      current.rows++;
      return;
    }

    const part = readOrderPart(reader, this.preset, this.context);
    if (Array.isArray(part)) {
      for (const issue of part) this.reject(issue);
      return;
    }
    for (const warning of [...part.person.warnings, ...part.warnings]) this.reject(warning);
    let key = part.orderId ?? this.customerDayKey(part, reader.has("orderId"));
    if (anotherBuyer && part.person.identifiers.length > 0) {
      // Two stores' exports pasted together can repeat an order number for
      // different buyers: each stays an order, the second keyed by its buyer too.
      key = `${part.orderId}~${identifierKey(part.person.identifiers[0])}`;
      this.reject(reader.issue("orderId", "order_id_reused", "warning"));
    }
    if (current && key !== null && current.key === key) return this.join(current, part);
    this.flush();
    // The part becomes the order in place (its line and refund fields stay, unread): one object per row.
    // An order that does not count keeps its amount, for the record and for a later export that
    // shows it paid after all.
    const order = part as unknown as AssembledOrder;
    order.key = key;
    order.amountMinor = part.amountMinor - part.refundMinor;
    order.lines = part.line ? [part.line] : [];
    order.rows = 1;
    this.current = order;
  }

  /**
   * A row under the same order id that names a buyer the order does not
   * have (no identifier in common): another order, not a line of this one.
   */
  private anotherBuyer(reader: RowReader, current: AssembledOrder): boolean {
    if (current.person.identifiers.length === 0) return false;
    if (!reader.read("email") && !reader.read("customerId") && !reader.read("phone")) return false;
    const named = readPerson(reader, this.context).identifiers.map(identifierKey);
    const known = new Set(current.person.identifiers.map(identifierKey));
    return named.length > 0 && !named.some((key) => known.has(key));
  }

  flush(): void {
    if (this.current) this.emit(this.current);
    this.current = null;
  }

  private join(current: AssembledOrder, part: OrderPart) {
    // An order counts once any of its lines does, and then only those lines make its amount.
    const net = part.amountMinor - part.refundMinor;
    if (part.counts && !current.counts) {
      current.amountMinor = net;
      current.status = part.status;
      current.counts = true;
    } else if (part.counts === current.counts) {
      current.amountMinor += net;
    }
    current.person = mergePeople(current.person, part.person);
    if (part.line) current.lines.push(part.line);
    current.rows++;
  }

  /**
   * Rows without an order id are a customer's purchases of one day (the
   * CDNOW rule) where the preset says so or the file has an order-id column
   * they leave blank; in a file with no such column each row is a purchase,
   * keyed by its content.
   */
  private customerDayKey(part: OrderPart, fileHasIds: boolean): string | null {
    const byDay = this.preset.keyRule === "customer-day" || fileHasIds;
    if (!byDay || part.person.identifiers.length === 0) return null;
    return `${identifierKey(part.person.identifiers[0])}|${part.moment.day}`;
  }
}

function mergePeople(a: Person, b: Person): Person {
  const seen = new Set(a.identifiers.map(identifierKey));
  return { identifiers: [...a.identifiers, ...b.identifiers.filter((id) => !seen.has(identifierKey(id)))], warnings: [] };
}
