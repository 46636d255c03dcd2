/** What one row of a file describes; each kind lands in its own table. */
export const recordKinds = ["order", "contact", "interaction", "ticket"] as const;
export type RecordKind = (typeof recordKinds)[number];

/** How a field's cells are read (and shown parsed beside the raw text on the mapping screen). */
export type FieldType = "id" | "text" | "email" | "phone" | "date" | "money" | "currency" | "number" | "country" | "consent";

const who = ["customerId", "email", "phone", "name", "firstName", "lastName", "country"] as const;

/** Every field a mapping can fill, by type; a column maps to at most one field. */
export const fieldTypes = {
  customerId: "id",
  email: "email",
  phone: "phone",
  name: "text",
  firstName: "text",
  lastName: "text",
  country: "country",
  orderId: "id",
  orderedAt: "date",
  amount: "money",
  refund: "money",
  currency: "currency",
  status: "text",
  channel: "text",
  lineId: "id",
  itemName: "text",
  sku: "text",
  quantity: "number",
  unitPrice: "money",
  recordId: "id",
  gender: "text",
  birthday: "text",
  city: "text",
  region: "text",
  company: "text",
  tags: "text",
  note: "text",
  emailConsent: "consent",
  smsConsent: "consent",
  consentAt: "date",
  observedAt: "date",
  occurredAt: "date",
  interactionKind: "text",
  detail: "text",
  ticketId: "id",
  subject: "text",
  description: "text",
  priority: "text",
  openedAt: "date",
  updatedAt: "date",
} as const satisfies Record<string, FieldType>;
export type FieldName = keyof typeof fieldTypes;

/** The fields each kind reads, and which of them a file must have. */
export const kindFields: Record<RecordKind, { fields: readonly FieldName[]; required: readonly FieldName[] }> = {
  order: {
    fields: [...who, "orderId", "orderedAt", "amount", "refund", "currency", "status", "channel",
      "lineId", "itemName", "sku", "quantity", "unitPrice", "emailConsent"],
    required: ["orderedAt", "amount"],
  },
  contact: {
    fields: [...who, "recordId", "gender", "birthday", "city", "region", "company", "tags", "note",
      "emailConsent", "smsConsent", "consentAt", "observedAt", "status"],
    required: [],
  },
  interaction: {
    fields: [...who, "recordId", "occurredAt", "interactionKind", "channel", "detail"],
    required: ["occurredAt"],
  },
  ticket: {
    fields: [...who, "ticketId", "subject", "description", "status", "priority", "channel", "openedAt", "updatedAt"],
    required: ["openedAt"],
  },
};

/** Fields that name a person; every kind needs a column for at least one. */
export const identityFields = ["customerId", "email", "phone"] as const satisfies readonly FieldName[];

/** Field → the column indexes that hold it, best first (the first non-empty cell wins). */
export type ColumnMap = Partial<Record<FieldName, number[]>>;

/** Header names as files write them: trimmed, BOM-free, case-folded, separators collapsed. */
export function headerKey(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_\-]+/g, " ");
}
