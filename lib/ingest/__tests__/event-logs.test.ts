import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { importFile } from "./case-helpers";

describe("an event log read by the generic events preset", () => {
  it("takes the kind of touch from its event column, and keeps a word no kind knows as the event's detail", async () => {
    const { db, file } = tempDatabase();
    const log = file("events.jsonl", [
      '{"email":"anna@example.com","event":"email_open","timestamp":"2025-03-01T10:00:00Z","campaign":"spring"}',
      '{"email":"bob@example.com","event":"email_click","timestamp":"2025-03-01T11:00:00Z","campaign":"spring"}',
      '{"email":"carl@example.com","event":"page_view","timestamp":"2025-03-02T09:00:00Z"}',
      '{"email":"dora@example.com","event":"Webinar: spring launch","timestamp":"2025-03-03T09:00:00Z"}',
    ].join("\n"));
    const summary = await importFile(db, log, { source: "newsletter" });
    expect(summary).toMatchObject({ preset: "events-csv", rowsRead: 4, recordsNew: 4, rowsRejected: 0 });
    const rows = db.$client.prepare("SELECT kind, detail FROM interactions ORDER BY id").all();
    expect(rows).toEqual([
      { kind: "email_open", detail: "spring" },
      { kind: "email_click", detail: "spring" },
      { kind: "visit", detail: null },
      { kind: "event", detail: "Webinar: spring launch" },
    ]);
  });
});
