import type { Statement } from "better-sqlite3";

import type { Db } from "@/db/client";
import { identifierKey, type Identifier } from "@/lib/identity/identifier";

import type { AssembledOrder } from "../rows/order-assembler";
import type { OrderMoney } from "../presets/types";

import type { IdentifierStore } from "./identifier-store";
import { RecordKeys, type Placement } from "./record-keys";

export type OrderPlacement = Placement | "updated";

type OrderState = { amountMinor: number; counts: boolean; status: string | null };
/** An order a later export changed: its reference as the file wrote it, before and after. */
export type OrderChange = {
  reference: string;
  currency: string;
  before: OrderState;
  after: OrderState;
};

/**
 * Where an order went, the identifier it belongs to (its id, and for a new order the identifier
 * itself, the row's own when the buyer left none), whether its id was taken by another buyer's
 * order of an earlier import (it is then keyed by its buyer too), and what changed on an
 * "updated" one.
 */
type OrderWrite = {
  placement: OrderPlacement;
  anchor: number;
  buyer: Identifier | null;
  idTaken: boolean;
  change: OrderChange | null;
};

type StoredOrder = {
  id: number;
  importId: number;
  buyer: number;
  day: number;
  amountMinor: number;
  counts: number;
  status: string | null;
};

/**
 * Writes orders and their line items with prepared statements (Drizzle's
 * builder is several times slower on a bulk load). An order stored by an
 * earlier import is left alone, so uploading a file twice adds nothing;
 * `(source, order key)` is the key.
 */
export class OrderWriter {
  private readonly insert: Statement;
  private readonly owner: Statement;
  // The stored order the last attempt met: a re-import, another order under its id, or the same
  // order changed since (refunded, cancelled, paid).
  private met: StoredOrder | null = null;
  private readonly addAmount: Statement;
  private readonly setAnchor: Statement;
  private readonly insertLine: Statement;
  private readonly change: Statement;
  private readonly noteChange: Statement;
  private readonly keys: RecordKeys;
  // Orders this import changed: a second row of one (its lines not next to each other) adds to it.
  private readonly changed = new Set<string>();

  constructor(
    db: Db,
    private readonly importId: number,
    private readonly sourceId: number,
    private readonly identifiers: IdentifierStore,
    private readonly money: OrderMoney,
    found?: (owner: number) => void,
  ) {
    const sqlite = db.$client;
    this.keys = new RecordKeys(importId, found);
    this.insert = sqlite.prepare(`INSERT INTO orders (source_id, order_key, identifier_id,
      profile_id, ordered_at, day, amount_minor, currency, channel, status, counts, import_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, order_key) DO NOTHING`);
    this.owner = sqlite.prepare(`SELECT id, import_id AS importId, identifier_id AS buyer, day,
      amount_minor AS amountMinor, counts, status FROM orders
      WHERE source_id = ? AND order_key = ?`);
    this.change = sqlite.prepare(`UPDATE orders SET amount_minor = ?, counts = ?, status = ?
      WHERE id = ?`);
    this.noteChange = sqlite.prepare(`INSERT INTO order_changes (order_id, import_id,
      previous_amount_minor, previous_counts, previous_status) VALUES (?, ?, ?, ?, ?)`);
    // Another part of an order stored already, by the rule of the assembler's join.
    this.addAmount = sqlite.prepare(`UPDATE orders SET amount_minor = CASE
        WHEN counts = @counts THEN amount_minor + @amount
        WHEN @counts = 1 THEN @amount ELSE amount_minor END,
      counts = max(counts, @counts) WHERE source_id = @source AND order_key = @key`);
    this.setAnchor = sqlite.prepare(`UPDATE orders SET identifier_id = ?, profile_id = ?
      WHERE source_id = ? AND order_key = ?`);
    this.insertLine = sqlite.prepare(`INSERT INTO order_lines (source_id, order_key, line_key, name, sku, quantity,
      unit_price_minor, amount_minor, currency, status, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (source_id, order_key, line_key) DO NOTHING`);
  }

  /** Stores one order, or changes the stored one a re-export shows changed. */
  write(order: AssembledOrder): OrderWrite {
    const known = order.person.identifiers.length > 0;
    const ids = known ? this.identifiers.resolve(order.person.identifiers) : [0];
    const first = order.person.identifiers[0];
    const profile = known ? this.identifiers.likelyProfile(ids[0], first) : null;
    this.placing = { order, identifier: ids[0], profile };
    let { key, placement } = this.keys.place(order.key, this.content, this.attempt);
    const idTaken = known && placement === "existing" && order.key !== null &&
      this.takenByAnother(ids, order);
    if (idTaken) {
      ({ key, placement } = this.keys.place(`${order.key}~${identifierKey(first)}`, this.content,
        this.attempt));
    }
    if (placement === "existing" && order.key !== null) {
      const change = this.updateIfChanged(order, key);
      const mine = change === "mine";
      if (mine) return { placement: "mine", anchor: ids[0], buyer: null, idTaken: false, change: null };
      if (change) {
        // Contact details the changed order brings first (a new email on a re-export) are this
        // import's evidence about its buyer; ones already known add none.
        const brings = ids.some((id) => id >= this.identifiers.firstNew);
        if (brings) this.identifiers.link([this.met!.buyer, ...ids]);
        return { placement: "updated", anchor: ids[0], buyer: null, idTaken: false, change };
      }
    }

    if (placement !== "existing") this.identifiers.link(ids);
    let anchor = ids[0];
    let buyer = placement === "new" && known ? first : null;
    if (!known && placement === "new") {
      const own = this.identifiers.anchorOf(key);
      buyer = own;
      anchor = this.identifiers.id(own);
      this.setAnchor.run(anchor, this.identifiers.likelyProfile(anchor, own), this.sourceId, key);
    }
    // Rows of one order that were not next to each other in the file.
    if (placement === "mine" && this.money === "line") this.addPart(order, key);
    if (placement !== "existing") this.writeLines(order, key);
    // Said once, when the order is stored under its buyer-suffixed key, not on every re-import.
    return { placement, anchor, buyer, idTaken: idTaken && placement === "new", change: null };
  }

  // The two callbacks the key rules call for the order being placed: made once, not per order
  // (a closure per order was a measurable share of a bulk load).
  private placing: { order: AssembledOrder; identifier: number; profile: number | null } | null =
    null;

  /** Inserts the order under `candidate`: 0 when it did, else the import id that has the key. */
  private readonly attempt = (candidate: string): number => {
    const { order, identifier, profile } = this.placing!;
    const { changes } = this.insert.run(this.sourceId, candidate, identifier, profile,
      order.moment.local, order.moment.day, order.amountMinor, order.currency, order.channel,
      order.status, order.counts ? 1 : 0, this.importId);
    if (changes > 0) return 0;
    this.met = this.owner.get(this.sourceId, candidate) as NonNullable<OrderWriter["met"]>;
    return this.met.importId;
  };

  private readonly content = (): string => contentOf(this.placing!.order);

  private addPart(order: AssembledOrder, key: string) {
    this.addAmount.run({ amount: order.amountMinor, counts: order.counts ? 1 : 0,
      source: this.sourceId, key });
  }

  /**
   * An order an earlier import stored, met again with another amount, status or standing (a
   * later export after a refund, a cancellation, a payment): it takes the new values, and the
   * old ones are kept so that rolling this import back restores them.
   */
  private updateIfChanged(order: AssembledOrder, key: string): OrderChange | "mine" | null {
    const stored = this.met!;
    const counts = order.counts ? 1 : 0;
    if (this.changed.has(key)) {
      if (this.money === "line") this.addPart(order, key);
      return "mine";
    }
    const same = stored.amountMinor === order.amountMinor && stored.counts === counts &&
      stored.status === order.status;
    if (same) return null;
    this.noteChange.run(stored.id, this.importId, stored.amountMinor, stored.counts, stored.status);

    this.change.run(order.amountMinor, counts, order.status, stored.id);
    this.changed.add(key);
    return {
      reference: order.orderId ?? key, currency: order.currency,
      before: { amountMinor: stored.amountMinor, counts: stored.counts === 1,
        status: stored.status },
      after: { amountMinor: order.amountMinor, counts: order.counts, status: order.status },
    };
  }

  /**
   * An earlier import's order under this id is another one when it shares no identifier with
   * this order's buyer and is of another day: two files of one source that number their orders
   * alike. A re-export of the same order keeps its day (a refund changes only its amount), so it
   * stays the order it was even where its contact details changed.
   */
  private takenByAnother(ids: number[], order: AssembledOrder): boolean {
    const stored = this.met!;
    return !ids.includes(stored.buyer) && stored.day !== order.moment.day;
  }

  private writeLines(order: AssembledOrder, key: string) {
    for (const line of order.lines) {
      this.insertLine.run(this.sourceId, key, line.lineId ?? `row ${line.row}`, line.name, line.sku, line.quantity,
        line.unitPriceMinor, line.amountMinor, order.currency, line.status, this.importId);
    }
  }
}

/** What makes an order without an id the order it is. */
function contentOf(order: AssembledOrder): string {
  const who = order.person.identifiers.map(identifierKey).join(",");
  return [who, order.moment.local, order.amountMinor, order.currency, order.status ?? "", order.channel ?? ""].join("|");
}
