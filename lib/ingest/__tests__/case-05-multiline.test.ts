import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, fixture, importFile, underTimeZones } from "./case-helpers";

describe("case 05: quoted fields with line breaks, commas and doubled quotes (tickets)", () => {
  it("reads exactly 3 tickets of 2 requesters, with the texts intact", async () => {
    await underTimeZones(async () => {
      const { db } = tempDatabase();
      const summary = await importFile(db, fixture("cases", "05-quoted-multiline-fields", "zendesk_tickets.csv"));
      expect(summary).toMatchObject({ preset: "zendesk-tickets", kind: "ticket", rowsRead: 3, recordsNew: 3, rowsRejected: 0 });

      const tickets = db.$client.prepare("SELECT ticket_key, subject, description, opened_at FROM tickets ORDER BY ticket_key").all();
      expect(tickets).toEqual([
        { ticket_key: "101", subject: "Delivery address", description: "Please ship to:\nRoom 1203, Building 7\nChaoyang District, Beijing", opened_at: "2024-05-02 09:12:00" },
        { ticket_key: "102", subject: 'Refund "urgent"', description: "Item arrived broken, see photo", opened_at: "2024-05-03 11:00:00" },
        { ticket_key: "103", subject: "Follow-up", description: "Line one\nLine two", opened_at: "2024-05-04 08:30:00" },
      ]);
      expect(count(db, "SELECT count(*) FROM profiles")).toBe(2);
      const wang = db.$client
        .prepare(`SELECT count(*) AS tickets, max(t.opened_at) AS last FROM tickets t
          JOIN identifiers i ON i.profile_id = t.profile_id WHERE i.value = 'wang.fang@example.cn'`)
        .get();
      expect(wang).toEqual({ tickets: 2, last: "2024-05-04 08:30:00" });
      expect(count(db, "SELECT count(*) FROM identifiers WHERE value LIKE '%Room%'")).toBe(0);
      // The requester names are the people's: Baker, Tom as the file writes it, comma and all.
      expect(db.$client.prepare("SELECT email, name FROM profiles ORDER BY email").all()).toEqual([
        { email: "tom.baker@example.co.uk", name: "Baker, Tom" },
        { email: "wang.fang@example.cn", name: "Wang Fang" },
      ]);
    });
  });
});
