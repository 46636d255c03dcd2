import type { Db } from "@/db/client";
import { identifierKey } from "@/lib/identity/identifier";

import type { ImportTally } from "./import-tally";
import { detached } from "./normalise/text";
import type { Preset, ReadContext } from "./presets/types";
import { OrderAssembler } from "./rows/order-assembler";
import { readActivityRow } from "./rows/read-activity";
import { readContact, type ContactSetup } from "./rows/read-contact";
import type { RowReader } from "./rows/row-reader";
import { ActivityWriter } from "./write/activity-writer";
import { ContactWriter } from "./write/contact-writer";
import type { IdentifierStore } from "./write/identifier-store";
import { OrderWriter } from "./write/order-writer";
import { StaffAccounts } from "./write/staff-accounts";

export type Sink = { push(reader: RowReader): void; flush(): void };

export type SinkSetup = {
  db: Db;
  preset: Preset;
  context: ReadContext;
  importId: number;
  sourceId: number;
  identifiers: IdentifierStore;
  tally: ImportTally;
  contact: ContactSetup;
  /** The header of the file's order id column, for the warnings about an order id. */
  orderIdColumn: string;
};

/** Reads each row as its kind of record and writes it; rejected rows and warnings go to the tally. */
export function createSink(setup: SinkSetup): Sink {
  const sink = kindSink(setup);
  const leaveOut = setup.preset.leaveOut;
  if (!leaveOut) return sink;
  const staff = new StaffAccounts(setup.db, setup.sourceId, setup.importId);
  return {
    push(reader) {
      const left = leaveOut(reader, staff.has);
      if (!left) return sink.push(reader);
      if (left.staff) staff.remember(left.staff);
      const [column, value] = "field" in left
        ? [reader.columnOf(left.field), reader.read(left.field)]
        : [left.header, reader.column(left.header)];
      setup.tally.issue({ row: reader.row, column, value, reason: left.reason, level: "left_out" });
    },
    flush: () => sink.flush(),
  };
}

function kindSink(setup: SinkSetup): Sink {
  const { db, preset, context, importId, sourceId, identifiers, tally } = setup;
  const found = (owner: number) => tally.found(owner);
  const contacts = new ContactWriter(db, importId, sourceId, identifiers, found);
  if (preset.kind === "order") {
    const writer =
      new OrderWriter(db, importId, sourceId, identifiers, preset.orderMoney ?? "order", found);
    const nameUnwritten = namesOnce();
    const orderIdColumn = setup.orderIdColumn;
    const assembler = new OrderAssembler(preset, context, (order) => {
      const { placement, anchor, buyer, idTaken, change } = writer.write(order);
      tally.placed(placement, anchor, order.rows);
      if (change) tally.changed(change);
      if (idTaken) {
        tally.issue({ row: order.row, column: orderIdColumn, value: order.orderId ?? "",
          reason: "order_id_taken", level: "warning" });
      }
      // The buyer's name on an order is what this source knows about the person, also when the
      // row left no usable email or phone and the order is a customer of its own.
      // Its own record, apart from the source's customer export: keyed alike, an undated export row
      // would count as older than the dated order and lose its attributes.
      if (order.name && buyer && nameUnwritten(anchor, order.name)) {
        const recordId = `buyer:${identifierKey(buyer)}`;
        const person = order.person.identifiers.length
          ? order.person : { identifiers: [buyer], warnings: [] };
        contacts.write({ row: order.row, recordId, person,
          attributes: { name: order.name }, consents: [], observedAt: order.moment.local,
          interaction: null });
      }
      // A checkout's marketing checkbox is the buyer's email consent as of the order.
      if (order.emailConsent) {
        contacts.consents(order.person, [{ channel: "email", status: order.emailConsent, changedAt: order.moment.local }]);
      }
    }, (issue) => tally.issue(issue));
    return { push: (reader) => assembler.push(reader), flush: () => assembler.flush() };
  }

  const activities = new ActivityWriter(db, importId, sourceId, identifiers, found);
  const nameUnwritten = namesOnce();
  if (preset.kind === "contact") {
    return {
      push(reader) {
        const record = readContact(reader, preset, context, setup.contact);
        for (const warning of record.person.warnings) tally.issue(warning);
        const { placement, anchor } = contacts.write(record);
        tally.placed(placement, anchor);
        if (record.interaction) activities.interaction({ ...record.interaction, recordId: record.recordId, person: record.person });
      },
      flush() {},
    };
  }
  return {
    push(reader) {
      const record = readActivityRow(reader, preset, context);
      if ("reason" in record) return tally.issue(record);
      for (const warning of record.person.warnings) tally.issue(warning);
      const { placement, anchor } = "ticketId" in record ? activities.ticket(record) : activities.interaction(record);
      tally.placed(placement, anchor);
      // A requester's or attendee's name is what this source knows of the person, as a buyer's is;
      // written with the record that brought it, so a rollback takes both.
      if (placement === "new" && record.name && record.person.identifiers.length > 0 &&
        nameUnwritten(anchor, record.name)) {
        const moment = "ticketId" in record ? record.opened : record.moment;
        const recordId = `named:${identifierKey(record.person.identifiers[0])}`;
        contacts.write({ row: record.row, recordId, person: record.person,
          attributes: { name: record.name }, consents: [], observedAt: moment.local, interaction: null });
      }
    },
    flush() {},
  };
}

/**
 * Whether a person's name on a row still needs writing: once per person and name in a file. The
 * record keeps the date it was first written with until the name changes, so writing the same
 * name again on every order or visit changed nothing; at a million orders it doubled the time
 * rows took to read. Forgotten past a bound, like the identifier cache: memory stays bounded,
 * and a forgotten person is only written once more. Names are kept detached from the file's
 * text, whose chunks a kept cell would hold alive.
 */
function namesOnce(): (anchor: number, name: string) => boolean {
  const written = new Map<number, string>();
  return (anchor, name) => {
    if (written.get(anchor) === name) return false;
    if (written.size >= NAMES_KEPT) written.clear();
    written.set(anchor, detached(name));
    return true;
  };
}

const NAMES_KEPT = 1_000_000;
