import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { count, fixture, importFile, underTimeZones } from "./case-helpers";

const folder = (name: string) => fixture("cases", "02-bom-and-utf16", name);

describe("case 02: a UTF-8 BOM on the first header, and Excel's UTF-16 'Unicode Text'", () => {
  it("maps the BOM'd first column to Email, reads UTF-16LE tab-separated text, and unifies 4 customers", async () => {
    await underTimeZones(async () => {
      const { db } = tempDatabase();
      const hubspot = await importFile(db, folder("hubspot_contacts_utf8bom.csv"));
      expect(hubspot).toMatchObject({ preset: "hubspot-contacts", rowsRead: 3, recordsNew: 3, rowsRejected: 0 });
      const signups = await importFile(db, folder("event_signups_utf16le.txt"), { source: "signups" });
      expect(signups).toMatchObject({ encoding: "utf-16le", preset: "contacts-csv", rowsRead: 3, rowsRejected: 0 });

      expect(count(db, "SELECT count(*) FROM profiles")).toBe(4);
      const ids = db.$client.prepare("SELECT value FROM identifiers WHERE kind = 'ext' ORDER BY value").pluck().all();
      expect(ids).toEqual(["hubspot:5101", "hubspot:5102", "hubspot:5103"]);
      const names = db.$client
        .prepare("SELECT json_extract(attributes, '$.firstName') FROM contact_records ORDER BY id")
        .pluck()
        .all();
      expect(names).toEqual(["Amélie", "Kenji", "敏", "Amélie", "Søren", "敏"]);
      expect(count(db, "SELECT count(*) FROM identifiers WHERE value = 'søren.berg@example.dk'")).toBe(1);
      expect(count(db, "SELECT count(*) FROM contact_records WHERE attributes LIKE '%杭州%'")).toBe(1);
      expect(count(db, "SELECT count(*) FROM contact_records WHERE attributes LIKE '%' || char(65279) || '%'")).toBe(0);
    });
  });
});
