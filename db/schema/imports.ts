import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

import { sources } from "./sources";

export const importStatuses = [
  "running",
  "done",
  "failed",
  "cancelled",
  "rolled_back",
] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const imports = sqliteTable("imports", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id),
  fileName: text("file_name").notNull(),
  fileBytes: integer("file_bytes").notNull().default(0),
  preset: text("preset").notNull(),
  encoding: text("encoding").notNull().default("utf-8"),
  status: text("status", { enum: importStatuses }).notNull(),
  rowsRead: integer("rows_read").notNull().default(0),
  rowsRejected: integer("rows_rejected").notNull().default(0),
  recordsNew: integer("records_new").notNull().default(0),
  recordsExisting: integer("records_existing").notNull().default(0),
  customersNew: integer("customers_new").notNull().default(0),
  customersExisting: integer("customers_existing").notNull().default(0),
  // What the file held, and rows of it that belong to new and to known customers.
  kind: text("kind").notNull().default("order"),
  rowsWarned: integer("rows_warned").notNull().default(0),
  /** Rows a preset left out as no customer's (a help desk's staff): not faults. */
  rowsLeftOut: integer("rows_left_out").notNull().default(0),
  rowsNewCustomers: integer("rows_new_customers").notNull().default(0),
  rowsExistingCustomers: integer("rows_existing_customers").notNull().default(0),
  recordsUpdated: integer("records_updated").notNull().default(0),
  // How the file was read: encoding override, sheet, delimiter, day order, mapping.
  options: text("options", { mode: "json" }),
  rolledBackAt: text("rolled_back_at"),
  rolledBackBy: text("rolled_back_by"),
  createdBy: text("created_by").notNull(),
  errorMessage: text("error_message"),
  startedAt: text("started_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
  finishedAt: text("finished_at"),
});

/** One rejected row: where it was, what it held, and a reason code the UI translates. */
export const importErrors = sqliteTable(
  "import_errors",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    importId: integer("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    column: text("column").notNull(),
    value: text("value").notNull(),
    reason: text("reason").notNull(),
    // "rejected": the row was not imported; "warning": imported, one value ignored.
    level: text("level", { enum: ["rejected", "warning"] }).notNull().default("rejected"),
  },
  (t) => [index("import_errors_import").on(t.importId, t.rowNumber)],
);

/**
 * A mapping an admin saved from the mapping screen for one source: the
 * preset fields plus, per field, the headers it maps. Detection scores it
 * like a built-in preset.
 */
export const importPresets = sqliteTable("import_presets", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  key: text("key").notNull().unique(),
  label: text("label").notNull(),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id),
  kind: text("kind").notNull(),
  definition: text("definition", { mode: "json" }).notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/**
 * A source's own staff, as an export said (Zendesk's agents and admins in its users export):
 * their accounts name no customer, so later files of the source leave their records out too.
 * Kept per import, so rolling that import back forgets them.
 */
export const staffAccounts = sqliteTable(
  "staff_accounts",
  {
    sourceId: integer("source_id").notNull().references(() => sources.id),
    account: text("account").notNull(),
    importId: integer("import_id").notNull().references(() => imports.id),
  },
  (t) => [
    primaryKey({ columns: [t.sourceId, t.account] }),
    index("staff_accounts_import").on(t.importId),
  ],
);

/**
 * Records of an earlier import that a later one found already there (or changed): rolling the
 * earlier import back takes them out from under the later one, and its confirmation says which.
 */
export const importOverlaps = sqliteTable(
  "import_overlaps",
  {
    importId: integer("import_id").notNull().references(() => imports.id),
    earlierImportId: integer("earlier_import_id").notNull().references(() => imports.id),
    records: integer("records").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.earlierImportId] }),
    index("import_overlaps_earlier").on(t.earlierImportId),
  ],
);

export type Import = typeof imports.$inferSelect;
export type ImportPresetRow = typeof importPresets.$inferSelect;
export type ImportError = typeof importErrors.$inferSelect;
