import { describe, expect, it } from "vitest";

import { importFile } from "@/lib/ingest/__tests__/case-helpers";
import { dayToIso } from "@/lib/ingest/normalise/dates";
import { tempDatabase } from "@/lib/testing/temp-db";

import { findProfileId } from "../read-profile";
import { readTimeline, timelineQuery, TIMELINE_LIMIT } from "../read-timeline";

describe("a long timeline", () => {
  it("is read a page at a time, newest first, to its oldest entry", async () => {
    const { db, file } = tempDatabase();
    // 450 orders, one a day: O-0 the oldest.
    const rows = Array.from({ length: 450 }, (_, i) =>
      `O-${i},ada@example.com,${dayToIso(19_000 + i)},${i + 1}.00,EUR`);
    await importFile(db, file("orders.csv", ["order_id,email,date,total,currency", ...rows].join("\n")),
      { source: "shop" });
    const profile = findProfileId(db, { kind: "email", value: "ada@example.com" })!;

    const first = readTimeline(db, profile, {});
    expect(first).toMatchObject({ total: 450, page: 1, pages: 3, from: 1 });
    expect(first.entries).toHaveLength(TIMELINE_LIMIT);
    expect(first.entries[0].label).toBe("O-449");
    const last = readTimeline(db, profile, { page: 3 });
    expect(last).toMatchObject({ page: 3, from: 401 });
    expect(last.entries.map((entry) => entry.label)).toEqual(
      Array.from({ length: 50 }, (_, i) => `O-${49 - i}`));
    // A page past the last, as an old link may ask, shows the last; nonsense shows the first.
    expect(readTimeline(db, profile, { page: 9 }).page).toBe(3);
    expect(timelineQuery.parse({ page: "x" }).page).toBeUndefined();
    expect(timelineQuery.parse({ page: "2", kind: "order" })).toEqual({ page: 2, kind: "order" });
  });
});
