import type { Statement } from "better-sqlite3";

import type { Db } from "@/db/client";
import { identifierKey } from "@/lib/identity/identifier";

import type { Consent, ContactRecord, Person } from "../rows/types";

import type { IdentifierStore } from "./identifier-store";
import { RecordKeys, type Placement } from "./record-keys";

export type ContactPlacement = Placement | "updated";

/**
 * Writes what a source says about a person (one record per source and
 * record key), the person's consents, and the lead form a row also stands
 * for. A newer snapshot of the same record replaces its attributes in place;
 * an older one, or the same one again, changes nothing.
 */
export class ContactWriter {
  private readonly insert: Statement;
  private readonly find: Statement;
  private readonly update: Statement;
  private readonly setAnchor: Statement;
  private readonly insertConsent: Statement;
  private readonly keys: RecordKeys;

  constructor(
    db: Db,
    private readonly importId: number,
    private readonly sourceId: number,
    private readonly identifiers: IdentifierStore,
    found?: (owner: number) => void,
  ) {
    const sqlite = db.$client;
    this.keys = new RecordKeys(importId, found);
    this.insert = sqlite.prepare(`INSERT INTO contact_records (source_id, record_key, identifier_id, attributes,
      observed_at, import_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source_id, record_key) DO NOTHING`);
    this.find = sqlite.prepare(`SELECT import_id AS importId, attributes, observed_at AS observedAt, identifier_id AS
      identifierId FROM contact_records WHERE source_id = ? AND record_key = ?`);
    this.update = sqlite.prepare(`UPDATE contact_records SET attributes = ?, observed_at = ?, identifier_id = ?,
      profile_id = CASE WHEN identifier_id = ? THEN profile_id END WHERE source_id = ? AND record_key = ?`);
    this.setAnchor = sqlite.prepare("UPDATE contact_records SET identifier_id = ? WHERE source_id = ? AND record_key = ?");
    this.insertConsent = sqlite.prepare(`INSERT OR IGNORE INTO consent_events (identifier_id, channel, status,
      changed_at, source_id, import_id) VALUES (?, ?, ?, ?, ?, ?)`);
  }

  write(record: ContactRecord): { placement: ContactPlacement; anchor: number; ids: number[] } {
    const { identifiers } = record.person;
    const ids = identifiers.length ? this.identifiers.resolve(identifiers) : [0];
    const attributes = JSON.stringify(record.attributes);
    const id = record.recordId ?? (identifiers.length ? identifierKey(identifiers[0]) : null);
    let existing: { importId: number; attributes: string; observedAt: string | null; identifierId: number } | undefined;
    const { key, placement } = this.keys.place(id, () => attributes, (candidate) => {
      if (this.insert.run(this.sourceId, candidate, ids[0], attributes, record.observedAt, this.importId).changes) return 0;
      existing = this.find.get(this.sourceId, candidate) as typeof existing;
      return existing!.importId;
    });

    let anchor = ids[0];
    if (placement !== "existing" || existing?.attributes !== attributes) this.identifiers.link(ids);
    if (anchor === 0) {
      anchor = placement === "new" ? this.identifiers.anchor(key) : existing!.identifierId;
      if (placement === "new") this.setAnchor.run(anchor, this.sourceId, key);
    }
    let outcome: ContactPlacement = placement;
    if (existing && existing.attributes !== attributes && (existing.observedAt ?? "") <= (record.observedAt ?? "")) {
      this.update.run(attributes, record.observedAt, anchor, anchor, this.sourceId, key);
      outcome = placement === "existing" ? "updated" : placement;
    }
    this.writeConsents(record.person, record.consents, ids);
    return { placement: outcome, anchor, ids };
  }

  /**
   * Consents a record of another kind states about its person (an order's
   * marketing checkbox). Like a contact's, they are written whether or not
   * the record is new: an event already stored is not stored again.
   */
  consents(person: Person, consents: Consent[]): void {
    if (consents.length && person.identifiers.length) {
      this.writeConsents(person, consents, this.identifiers.resolve(person.identifiers));
    }
  }

  /** Each consent belongs to the identifier of its channel: email to the address, SMS to the phone. */
  private writeConsents(person: Person, consents: Consent[], ids: number[]) {
    for (const consent of consents) {
      const kind = consent.channel === "email" ? "email" : "phone";
      const at = person.identifiers.findIndex((identifier) => identifier.kind === kind);
      if (at < 0) continue;
      this.insertConsent.run(ids[at], consent.channel, consent.status, consent.changedAt, this.sourceId, this.importId);
    }
  }
}
