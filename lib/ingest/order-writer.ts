import type { Db } from "@/db/client";
import { identifierKey, type Identifier } from "@/lib/identity/identifier";

import type { AssembledOrder } from "./assemble-orders";
import type { CombineRule } from "./presets/types";

export type WriteOutcome = "new" | "existing" | "joined";

/**
 * Writes orders, their identifiers and the links between those identifiers
 * with prepared statements (Drizzle's builder is several times slower on a
 * bulk load). An order already stored from an earlier import is left alone,
 * so uploading a file twice adds nothing; `(source, order key)` is the key.
 */
export class OrderWriter {
  private readonly identifierIds = new Map<string, number>();
  private readonly linked = new Set<string>();
  private lastRowid: number | bigint = -1;
  private readonly upsertIdentifier;
  private readonly insertLink;
  private readonly insertOrder;
  private readonly ownerOf;
  readonly firstNewIdentifier: number;

  constructor(
    db: Db,
    private readonly importId: number,
    private readonly sourceId: number,
    rule: CombineRule,
  ) {
    const sqlite = db.$client;
    this.firstNewIdentifier =
      (sqlite.prepare("SELECT coalesce(max(id), 0) + 1 AS next FROM identifiers").get() as {
        next: number;
      }).next;
    this.upsertIdentifier = sqlite.prepare(`INSERT INTO identifiers (kind, value) VALUES (?, ?)
      ON CONFLICT (kind, value) DO UPDATE SET kind = excluded.kind RETURNING id`);
    this.insertLink = sqlite.prepare(
      "INSERT OR IGNORE INTO identity_links (from_id, to_id, import_id) VALUES (?, ?, ?)",
    );
    // Rows of one order that were not adjacent in the file join the stored
    // order only when it came from this same import.
    const join =
      rule === "sum"
        ? "DO UPDATE SET amount_minor = amount_minor + excluded.amount_minor WHERE orders.import_id = excluded.import_id"
        : "DO NOTHING";
    this.insertOrder = sqlite.prepare(`INSERT INTO orders (source_id, order_key, identifier_id,
      ordered_at, day, amount_minor, currency, channel, status, counts, import_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, order_key) ${join}`);
    this.ownerOf = sqlite.prepare("SELECT import_id FROM orders WHERE source_id = ? AND order_key = ?");
  }

  /** The identifier's id, and whether this import created it. */
  identify(identifier: Identifier): { id: number; isNew: boolean } {
    const key = identifierKey(identifier);
    let id = this.identifierIds.get(key);
    if (id === undefined) {
      id = (this.upsertIdentifier.get(identifier.kind, identifier.value) as { id: number }).id;
      this.identifierIds.set(key, id);
    }
    return { id, isNew: id >= this.firstNewIdentifier };
  }

  write(order: AssembledOrder): WriteOutcome {
    const ids = order.identifiers.map((identifier) => this.identify(identifier).id);
    for (const other of ids.slice(1)) this.link(ids[0], other);

    const { changes, lastInsertRowid } = this.insertOrder.run(
      this.sourceId,
      order.key,
      ids[0],
      order.moment.local,
      order.moment.day,
      order.amountMinor,
      order.currency,
      order.channel,
      order.status,
      order.counts ? 1 : 0,
      this.importId,
    );
    // An upsert that joined a row of this import changes a row but inserts none.
    if (changes > 0 && lastInsertRowid !== this.lastRowid) {
      this.lastRowid = lastInsertRowid;
      return "new";
    }
    if (changes > 0) return "joined";
    const owner = this.ownerOf.get(this.sourceId, order.key) as { import_id: number };
    return owner.import_id === this.importId ? "joined" : "existing";
  }

  private link(a: number, b: number): void {
    if (a === b) return;
    const [from, to] = a < b ? [a, b] : [b, a];
    const key = `${from}-${to}`;
    if (this.linked.has(key)) return;
    this.linked.add(key);
    this.insertLink.run(from, to, this.importId);
  }
}
