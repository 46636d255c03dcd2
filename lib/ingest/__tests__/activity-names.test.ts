import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, importFile } from "./case-helpers";

describe("names on an event list", () => {
  it("are kept on one record per person, holding the latest name the file gave", async () => {
    const { db, file } = tempDatabase();
    const events = file("webinar.csv", [
      "email,name,date,type",
      "li.na@example.cn,李娜,2026-03-01,attended",
      "li.na@example.cn,李娜,2026-03-08,attended",
      "li.na@example.cn,李娜,2026-03-15,attended",
      "ravi@example.in,Ravi Kumar,2026-03-01,attended",
      "ravi@example.in,Ravi K.,2026-03-15,attended",
    ].join("\n"));
    const summary = await importFile(db, events, { preset: "events-csv", source: "webinars" });
    expect(summary).toMatchObject({ recordsNew: 5, rowsRejected: 0 });
    // One record per person, holding the latest name the file gave them.
    expect(count(db, "SELECT count(*) FROM contact_records")).toBe(2);
    expect(db.$client.prepare("SELECT email, name FROM profiles ORDER BY email").all()).toEqual([
      { email: "li.na@example.cn", name: "李娜" },
      { email: "ravi@example.in", name: "Ravi K." },
    ]);
  });
});
