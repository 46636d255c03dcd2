import type { Identifier } from "@/lib/identity/identifier";

import type { LocalMoment } from "../normalise/dates";
import type { ConsentStatus } from "../presets/types";

/** A row that could not be read (rejected), or a value that was read with a doubt (warning). */
/**
 * Why a row, or one of its values, did not go in: "rejected" rows are faults to fix, "left_out"
 * rows are no customer's (a help desk's agents) and need nothing, "warning" values were skipped.
 */
export type RowIssue = {
  row: number;
  column: string;
  value: string;
  reason: string;
  level: "rejected" | "left_out" | "warning";
};

/** Who a row is about: its valid identifiers (possibly none) and what was wrong with the others. */
export type Person = { identifiers: Identifier[]; warnings: RowIssue[] };

export type OrderLine = {
  row: number;
  lineId: string | null;
  name: string | null;
  sku: string | null;
  quantity: number | null;
  unitPriceMinor: number | null;
  amountMinor: number | null;
  status: string | null;
};

/** One row of an order file, checked; rows of one order are joined by the assembler. */
export type OrderPart = {
  row: number;
  orderId: string | null;
  person: Person;
  /** The buyer's name as the order gives it; kept on the source's contact record. */
  name: string | null;
  moment: LocalMoment;
  amountMinor: number;
  refundMinor: number;
  currency: string;
  status: string | null;
  channel: string | null;
  counts: boolean;
  /** The buyer's email consent as the order states it (Shopify's "Accepts Marketing"), as of the order. */
  emailConsent: ConsentStatus | null;
  line: OrderLine | null;
  /** What the row's values left to doubt (an amount rounded to cents); the row is kept. */
  warnings: RowIssue[];
};

export type Consent = { channel: "email" | "sms"; status: ConsentStatus; changedAt: string };

export type ContactRecord = {
  row: number;
  recordId: string | null;
  person: Person;
  attributes: Record<string, string | string[]>;
  consents: Consent[];
  observedAt: string | null;
  /** A lead form or sign-up the row also stands for (Meta leads). */
  interaction: { kind: string; moment: LocalMoment; channel: string; detail: string | null } | null;
};

export type InteractionRecord = {
  row: number;
  recordId: string | null;
  person: Person;
  kind: string;
  channel: string;
  moment: LocalMoment;
  detail: string | null;
  /** The person's name as the row gives it (an attendee list's); kept on a contact record. */
  name: string | null;
};

export type TicketRecord = {
  row: number;
  ticketId: string | null;
  person: Person;
  subject: string | null;
  description: string | null;
  status: string | null;
  priority: string | null;
  channel: string | null;
  opened: LocalMoment;
  updatedAt: string | null;
  /** The requester's name as the row gives it; kept on a contact record. */
  name: string | null;
};
