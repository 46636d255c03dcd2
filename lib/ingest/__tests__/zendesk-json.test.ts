import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { listImports } from "@/lib/ingest/list-imports";
import { nestedText } from "@/lib/ingest/presets/nested-json";
import { rollbackImport } from "@/lib/ingest/rollback-import";
import { previewFile } from "@/lib/ingest/preview-file";
import { readTimeline } from "@/lib/profiles/read-timeline";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, fixture, importFile } from "./case-helpers";

const tickets = fixture("zendesk", "tickets.json");
const users = fixture("zendesk", "users.json");

const ticketRows = (db: ReturnType<typeof tempDatabase>["db"]) =>
  db.$client.prepare("SELECT ticket_key, channel, status, priority, opened_at FROM tickets ORDER BY ticket_key").all();

describe("Zendesk's JSON exports", () => {
  it("recognises the users export, leaves the help desk's agents out and joins the tickets to the requesters", async () => {
    const { db } = tempDatabase();
    const people = await importFile(db, users);
    expect(people).toMatchObject({ preset: "zendesk-users", source: "zendesk", kind: "contact", format: "jsonl",
      rowsRead: 3, recordsNew: 2, rowsRejected: 0, rowsLeftOut: 1 });
    expect(people.issues).toEqual([
      { row: 3, column: "role", value: "agent", reason: "staff_account", level: "left_out" },
    ]);
    expect(count(db, "SELECT count(*) FROM identifiers WHERE value = 'smith@acme.com'")).toBe(0);
    expect(listImports(db)[0]).toMatchObject({ rowsRejected: 0, rowsLeftOut: 1 });

    const summary = await importFile(db, tickets);
    expect(summary).toMatchObject({ preset: "zendesk-tickets", source: "zendesk", kind: "ticket", format: "jsonl",
      rowsRead: 2, recordsNew: 2, rowsRejected: 0, rowsNewCustomers: 0, rowsExistingCustomers: 2, customersExisting: 2 });
    expect(ticketRows(db)).toEqual([
      { ticket_key: "35436", channel: "email", status: "solved", priority: "normal", opened_at: "2025-03-04 09:15:22" },
      { ticket_key: "35437", channel: "web", status: "open", priority: "high", opened_at: "2025-03-06 16:40:00" },
    ]);

    const jane = customer(db, "jane.doe@example.com");
    expect(jane.identifiers.sort()).toEqual(["email:jane.doe@example.com", "ext:zendesk:20978392", "phone:+14155550134"]);
    const timeline = readTimeline(db, jane.id, {});
    expect(timeline.entries).toMatchObject([
      { kind: "ticket", channel: "service", label: "Where is my order #1043?", status: "solved", via: "email" },
    ]);
    const attributes = db.$client
      .prepare("SELECT attributes FROM contact_records WHERE record_key = '20978392'").pluck().get() as string;
    expect(JSON.parse(attributes)).toMatchObject({ name: "Jane Doe", tags: ["vip"], zendeskExternalId: "cust-881",
      timeZone: "America/New_York" });
  });

  it("shows the channel a ticket came in by, not the JSON object the file holds, before the import", async () => {
    const { db } = tempDatabase();
    const preview = await previewFile(db, { file: tickets });
    const via = preview.headers.indexOf("via");
    expect(preview.fields[via]).toBe("channel");
    expect(preview.parsed.map((row) => row[via]?.value)).toEqual(["email", "web"]);
  });

  it("leaves out the tickets an agent filed once the users export named the agents, until it is rolled back", async () => {
    const { db, file } = tempDatabase();
    const people = await importFile(db, users);
    const internal = '{"id":35440,"via":{"channel":"api"},"created_at":"2025-03-07T08:00:00Z",' +
      '"subject":"Internal: restock","status":"open","priority":"low","requester_id":235323,"submitter_id":235323}';
    const withInternal = file("tickets.json", `${readFileSync(tickets, "utf8").trimEnd()}\n${internal}\n`);
    const summary = await importFile(db, withInternal);
    expect(summary).toMatchObject({ recordsNew: 2, rowsRejected: 0, rowsLeftOut: 1,
      issues: [{ row: 3, column: "requester_id", value: "235323", reason: "staff_requester", level: "left_out" }] });
    expect(count(db, "SELECT count(*) FROM identifiers WHERE value = 'zendesk:235323'")).toBe(0);
    expect(count(db, "SELECT count(*) FROM profiles")).toBe(2);

    rollbackImport(db, { importId: summary.importId!, by: "test" });
    rollbackImport(db, { importId: people.importId!, by: "test" });
    expect(count(db, "SELECT count(*) FROM staff_accounts")).toBe(0);
    expect(await importFile(db, withInternal)).toMatchObject({ recordsNew: 3, rowsLeftOut: 0 });
  });

  it("names the earlier imports whose tickets an agent filed, when the users export comes after them", async () => {
    const { db, file } = tempDatabase();
    const internal = '{"id":35440,"via":{"channel":"api"},"created_at":"2025-03-07T08:00:00Z",' +
      '"subject":"Internal: restock","status":"open","priority":"low","requester_id":235323}';
    const withInternal = file("tickets.json", `${readFileSync(tickets, "utf8").trimEnd()}\n${internal}\n`);
    const first = await importFile(db, withInternal);
    expect(first).toMatchObject({ recordsNew: 3, rowsLeftOut: 0, earlierStaffTickets: null });

    const dry = await importFile(db, users, { dryRun: true });
    expect(dry.earlierStaffTickets).toEqual({ tickets: 1, imports: [first.importId] });
    const people = await importFile(db, users);
    expect(people).toMatchObject({ rowsLeftOut: 1, earlierStaffTickets: { tickets: 1, imports: [first.importId] } });

    // The way out the note gives: the tickets import rolled back and imported again.
    rollbackImport(db, { importId: first.importId!, by: "test" });
    const again = await importFile(db, withInternal);
    expect(again).toMatchObject({ recordsNew: 2, rowsLeftOut: 1, earlierStaffTickets: null });
    expect(count(db, "SELECT count(*) FROM tickets")).toBe(2);
    expect(count(db, "SELECT count(*) FROM profiles")).toBe(2);
  });

  it("keys tickets by requester id, so users imported afterwards join the same profiles", async () => {
    const { db } = tempDatabase();
    await importFile(db, tickets);
    expect(count(db, "SELECT count(*) FROM profiles")).toBe(2);
    await importFile(db, users);
    expect(count(db, "SELECT count(*) FROM profiles")).toBe(2);
    const wang = customer(db, "wang.fang@example.cn");
    expect(count(db, "SELECT count(*) FROM tickets WHERE profile_id = ?", wang.id)).toBe(1);
  });

  it("finds the same tickets again in a second export, taking their newer status", async () => {
    const { db, file } = tempDatabase();
    await importFile(db, tickets);
    const later = readFileSync(tickets, "utf8")
      .replace('"status":"open"', '"status":"solved"')
      .replace('"updated_at":"2025-03-06T17:00:00Z"', '"updated_at":"2025-03-08T10:00:00Z"');
    const again = await importFile(db, file("tickets-later.json", later));
    expect(again).toMatchObject({ recordsNew: 0, recordsExisting: 2 });
    expect(ticketRows(db).map((t) => (t as { status: string }).status)).toEqual(["solved", "solved"]);
  });
});

describe("a JSON lines cell holding an object or a list", () => {
  it("reads a key's text or the list's items", () => {
    expect(nestedText('{"channel":"email","source":{"from":{}}}', "channel")).toBe("email");
    expect(nestedText('["vip","b2b"]')).toBe("vip, b2b");
    expect(nestedText('{"channel":{"nested":1}}', "channel")).toBe("");
    expect(nestedText("Mail", "channel")).toBe("");
    expect(nestedText('["a",{"b":1},2]')).toBe("a, 2");
  });
});
