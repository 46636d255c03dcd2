import type { Statement } from "better-sqlite3";

import type { Db } from "@/db/client";
import { identifierKey } from "@/lib/identity/identifier";

import type { InteractionRecord, Person, TicketRecord } from "../rows/types";

import type { IdentifierStore } from "./identifier-store";
import { RecordKeys, type Placement } from "./record-keys";

type Written = { placement: Placement; anchor: number };

/**
 * Writes interactions (visits, opens, clicks, sign-ups, lead forms) and
 * service tickets. A ticket seen again with a later update takes the new
 * status; everything else already stored is left alone.
 */
export class ActivityWriter {
  private readonly interactionKeys: RecordKeys;
  private readonly ticketKeys: RecordKeys;
  private readonly insertInteraction: Statement;
  private readonly interactionOwner: Statement;
  private readonly insertTicket: Statement;
  private readonly ticketOwner: Statement;
  private readonly refreshTicket: Statement;
  private readonly anchors: Record<"interactions" | "tickets", Statement>;

  constructor(
    db: Db,
    private readonly importId: number,
    private readonly sourceId: number,
    private readonly identifiers: IdentifierStore,
    found?: (owner: number) => void,
  ) {
    const sqlite = db.$client;
    this.interactionKeys = new RecordKeys(importId, found);
    this.ticketKeys = new RecordKeys(importId, found);
    this.insertInteraction = sqlite.prepare(`INSERT INTO interactions (source_id, record_key, identifier_id, kind,
      channel, occurred_at, day, detail, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (source_id, record_key) DO NOTHING`);
    this.interactionOwner = sqlite.prepare("SELECT import_id FROM interactions WHERE source_id = ? AND record_key = ?").pluck();
    this.insertTicket = sqlite.prepare(`INSERT INTO tickets (source_id, ticket_key, identifier_id, subject,
      description, status, priority, channel, opened_at, day, updated_at, import_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (source_id, ticket_key) DO NOTHING`);
    this.ticketOwner = sqlite.prepare("SELECT import_id FROM tickets WHERE source_id = ? AND ticket_key = ?").pluck();
    this.refreshTicket = sqlite.prepare(`UPDATE tickets SET status = ?, priority = ?, updated_at = ?
      WHERE source_id = ? AND ticket_key = ? AND coalesce(updated_at, '') < ?`);
    this.anchors = {
      interactions: sqlite.prepare("UPDATE interactions SET identifier_id = ? WHERE source_id = ? AND record_key = ?"),
      tickets: sqlite.prepare("UPDATE tickets SET identifier_id = ? WHERE source_id = ? AND ticket_key = ?"),
    };
  }

  interaction(record: Pick<InteractionRecord, "recordId" | "person" | "kind" | "channel" | "moment" | "detail">): Written {
    const ids = this.idsOf(record.person);
    const { key, placement } = this.interactionKeys.place(
      record.recordId,
      () => [who(record.person), record.moment.local, record.kind, record.channel, record.detail ?? ""].join("|"),
      (candidate) =>
        this.insertInteraction.run(this.sourceId, candidate, ids[0], record.kind, record.channel, record.moment.local,
          record.moment.day, record.detail, this.importId).changes
          ? 0
          : (this.interactionOwner.get(this.sourceId, candidate) as number),
    );
    if (placement !== "existing") this.identifiers.link(ids);
    return { placement, anchor: this.anchorOf(ids[0], placement, key, "interactions") };
  }

  ticket(record: TicketRecord): Written {
    const ids = this.idsOf(record.person);
    const { key, placement } = this.ticketKeys.place(
      record.ticketId,
      () => [who(record.person), record.opened.local, record.subject ?? "", record.description ?? ""].join("|"),
      (candidate) =>
        this.insertTicket.run(this.sourceId, candidate, ids[0], record.subject, record.description,
          record.status, record.priority, record.channel, record.opened.local, record.opened.day,
          record.updatedAt, this.importId).changes
          ? 0
          : (this.ticketOwner.get(this.sourceId, candidate) as number),
    );
    if (placement === "existing" && record.updatedAt) {
      this.refreshTicket.run(record.status, record.priority, record.updatedAt, this.sourceId, key, record.updatedAt);
    }
    if (placement !== "existing") this.identifiers.link(ids);
    return { placement, anchor: this.anchorOf(ids[0], placement, key, "tickets") };
  }

  private idsOf(person: Person): number[] {
    return person.identifiers.length ? this.identifiers.resolve(person.identifiers) : [0];
  }

  /** A record with no identifier of its own gets its own anchor once it is stored. */
  private anchorOf(id: number, placement: Placement, key: string, table: "interactions" | "tickets"): number {
    if (id !== 0 || placement !== "new") return id;
    const anchor = this.identifiers.anchor(key);
    this.anchors[table].run(anchor, this.sourceId, key);
    return anchor;
  }
}

const who = (person: Person) => person.identifiers.map(identifierKey).join(",");
