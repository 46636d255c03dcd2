import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { customer, fixture, importFile } from "./case-helpers";

const exportsFolder = fixture("exports");
const names = fs.readdirSync(exportsFolder).sort();
const people = [
  "maya.lindqvist@example.com",
  "tomas.okafor@example.org",
  "priya.raman@example.net",
  "+8613800138001",
  "+8613800138002",
  "lina.li@example.com",
];

/** Imports the exports in this order; returns every profile (id and identifiers) and each person's spend. */
async function unify(order: string[]) {
  const { db } = tempDatabase();
  for (const name of order) await importFile(db, `${exportsFolder}/${name}`);
  const profiles = db.$client
    .prepare(`SELECT profile_id, group_concat(key, ' ') FROM
        (SELECT profile_id, kind || ':' || value AS key FROM identifiers ORDER BY kind, value)
      GROUP BY profile_id ORDER BY profile_id`)
    .raw()
    .all();
  const spend = Object.fromEntries(people.map((who) => [who, customer(db, who)]));
  return { profiles, spend };
}

describe("identity resolution does not depend on the order files arrive in (PEOPLE.md fixtures)", () => {
  it("gives the same profiles, ids and unified spend imported forwards, backwards and interleaved", async () => {
    const forwards = await unify(names);
    expect(forwards.spend["tomas.okafor@example.org"].spend).toEqual({ GBP: 257.4, USD: 60 });
    expect(forwards.spend["lina.li@example.com"].spend).toEqual({ CNY: 76, USD: 70.2 });

    const backwards = await unify([...names].reverse());
    const interleaved = await unify([...names.filter((_, i) => i % 2), ...names.filter((_, i) => !(i % 2))]);
    expect(backwards).toEqual(forwards);
    expect(interleaved).toEqual(forwards);
  });
});
