import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

import { imports } from "./imports";
import { sources } from "./sources";

/**
 * What a source said about a person at one time (a CRM contact, a shop
 * customer, an audience member): attributes as JSON ({ name, gender,
 * birthday, city, region, country, tags, ... }). Profiles show one value per
 * attribute chosen from these.
 */
export const contactRecords = sqliteTable(
  "contact_records",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceId: integer("source_id").notNull().references(() => sources.id),
    recordKey: text("record_key").notNull(),
    identifierId: integer("identifier_id").notNull(),
    profileId: integer("profile_id"),
    attributes: text("attributes", { mode: "json" }).notNull(),
    observedAt: text("observed_at"),
    importId: integer("import_id").notNull().references(() => imports.id),
  },
  (t) => [
    uniqueIndex("contact_records_source_key").on(t.sourceId, t.recordKey),
    index("contact_records_profile").on(t.profileId),
    index("contact_records_identifier").on(t.identifierId),
    index("contact_records_import").on(t.importId),
  ],
);

export const interactionKinds = [
  "visit",
  "email_open",
  "email_click",
  "social",
  "event",
  "lead_form",
  "message",
] as const;

/** Any touch that is not a purchase: a visit, an email open or click, a social reply, an event. */
export const interactions = sqliteTable(
  "interactions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceId: integer("source_id").notNull().references(() => sources.id),
    recordKey: text("record_key").notNull(),
    identifierId: integer("identifier_id").notNull(),
    profileId: integer("profile_id"),
    kind: text("kind").notNull(),
    channel: text("channel").notNull(),
    occurredAt: text("occurred_at").notNull(),
    day: integer("day").notNull(),
    // Free text the source gave (a comment, a campaign name); shown, never trusted.
    detail: text("detail"),
    importId: integer("import_id").notNull().references(() => imports.id),
  },
  (t) => [
    uniqueIndex("interactions_source_key").on(t.sourceId, t.recordKey),
    index("interactions_profile_day").on(t.profileId, t.day),
    index("interactions_identifier").on(t.identifierId),
    index("interactions_import").on(t.importId),
  ],
);

/** A service ticket; it also counts as an interaction on the service channel. */
export const tickets = sqliteTable(
  "tickets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceId: integer("source_id").notNull().references(() => sources.id),
    ticketKey: text("ticket_key").notNull(),
    identifierId: integer("identifier_id").notNull(),
    profileId: integer("profile_id"),
    subject: text("subject"),
    description: text("description"),
    status: text("status"),
    priority: text("priority"),
    /** Where the ticket came in (Zendesk's "via": email, web, chat), as the file names it. */
    channel: text("channel"),
    openedAt: text("opened_at").notNull(),
    day: integer("day").notNull(),
    updatedAt: text("updated_at"),
    importId: integer("import_id").notNull().references(() => imports.id),
  },
  (t) => [
    uniqueIndex("tickets_source_key").on(t.sourceId, t.ticketKey),
    index("tickets_profile_day").on(t.profileId, t.day),
    index("tickets_identifier").on(t.identifierId),
    index("tickets_import").on(t.importId),
  ],
);

export const consentStatuses = ["subscribed", "unsubscribed", "cleaned", "pending", "non_subscribed"] as const;

/**
 * Consent events per identifier and channel (email, sms, wechat, push, ...).
 * The current status is the event with the latest `changedAt`, whatever the
 * order files arrived in: an old "subscribed" export never undoes a newer
 * unsubscribe.
 */
export const consentEvents = sqliteTable(
  "consent_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    identifierId: integer("identifier_id").notNull(),
    profileId: integer("profile_id"),
    channel: text("channel").notNull(),
    status: text("status", { enum: consentStatuses }).notNull(),
    changedAt: text("changed_at").notNull(),
    sourceId: integer("source_id").notNull().references(() => sources.id),
    importId: integer("import_id").notNull().references(() => imports.id),
  },
  (t) => [
    uniqueIndex("consent_events_unique").on(t.identifierId, t.channel, t.status, t.changedAt, t.sourceId),
    index("consent_events_profile").on(t.profileId, t.channel),
    index("consent_events_import").on(t.importId),
  ],
);
