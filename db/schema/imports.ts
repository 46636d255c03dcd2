import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

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
  },
  (t) => [index("import_errors_import").on(t.importId, t.rowNumber)],
);

export type Import = typeof imports.$inferSelect;
export type ImportError = typeof importErrors.$inferSelect;
