import { describe, expect, it } from "vitest";

import { previewFile } from "@/lib/ingest/preview-file";
import { tempDatabase } from "@/lib/testing/temp-db";

import { fixture, useSettings } from "./case-helpers";

const jd = fixture("cases", "07-mixed-date-formats-timezone", "jd_orders_mixed_dates.csv");
const unsubscribed =
  fixture("cases", "17-unsubscribed-status-audience", "unsubscribed_members_export_2024-06.csv");

describe("the preview says when a file's time falls on another day of the store's calendar", () => {
  it("shows an offset time the store's zone moves, and nothing once the zone is the file's",
    async () => {
    const { db } = tempDatabase();
    // A new database's store is on UTC: half past midnight in Beijing is the day before there.
    expect((await previewFile(db, { file: jd })).times).toEqual({
      storeZone: "UTC", fileZone: null,
      moved: { raw: "2024-04-01T00:30:00+08:00", read: "2024-03-31 16:30:00" },
    });
    useSettings(db, { timeZone: "Asia/Shanghai" });
    expect((await previewFile(db, { file: jd })).times).toBeNull();
  });

  it("names the zone an export writes in when the store's is another", async () => {
    const { db } = tempDatabase();
    expect((await previewFile(db, { file: unsubscribed })).times).toBeNull();
    useSettings(db, { timeZone: "Asia/Shanghai" });
    const { times } = await previewFile(db, { file: unsubscribed });
    expect(times).toMatchObject({ storeZone: "Asia/Shanghai", fileZone: "UTC" });
    expect(times?.moved).toEqual({ raw: "2024-05-20 18:30:00", read: "2024-05-21 02:30:00" });
  });
});
