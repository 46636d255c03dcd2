import { describe, expect, it } from "vitest";

import type { Db } from "@/db/client";
import { tempDatabase } from "@/lib/testing/temp-db";

import { fixture, importFile } from "./case-helpers";

const folder = (name: string) => fixture("cases", "17-unsubscribed-status-audience", name);
const files = {
  subscribed: "subscribed_members_export_2024-06.csv",
  unsubscribed: "unsubscribed_members_export_2024-06.csv",
  cleaned: "cleaned_members_export_2024-06.csv",
  old: "subscribed_members_export_2024-01_OLD.csv",
};

/** Each address's email status: the consent event with the latest time wins. */
function emailStatus(db: Db) {
  return db.$client
    .prepare(`SELECT i.value, c.status, c.changed_at FROM consent_events c JOIN identifiers i ON i.id = c.identifier_id
      WHERE c.channel = 'email' AND c.changed_at = (SELECT max(changed_at) FROM consent_events d
        WHERE d.identifier_id = c.identifier_id AND d.channel = 'email') ORDER BY i.value`)
    .raw()
    .all();
}

const expected = [
  ["alice.wong@example.com", "subscribed", "2024-02-01 12:00:00"],
  ["bob.diaz@example.com", "subscribed", "2023-05-11 09:02:00"],
  ["carol.ito@example.com", "unsubscribed", "2024-05-20 18:30:00"],
  ["dan.okafor@example.com", "cleaned", "2024-04-02 07:00:00"],
];

describe("case 17: Mailchimp status exports; an older file never re-subscribes anyone", () => {
  it.each([
    ["newest first, the old file last", ["subscribed", "unsubscribed", "cleaned", "old"]],
    ["the old file first", ["old", "subscribed", "unsubscribed", "cleaned"]],
  ] as const)("gives the same statuses uploaded %s", async (_, order) => {
    const { db } = tempDatabase();
    for (const name of order) {
      const summary = await importFile(db, folder(files[name]));
      expect(summary.preset).toBe("mailchimp-members");
    }
    await importFile(db, folder("orders.csv"), { source: "shop", currency: "USD" });
    expect(emailStatus(db)).toEqual(expected);
  });
});
