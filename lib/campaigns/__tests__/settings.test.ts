import { describe, expect, it } from "vitest";

import { readSettings, writeSettings } from "@/lib/settings/read-settings";
import { tempDatabase } from "@/lib/testing/temp-db";

describe("campaign settings", () => {
  it("default to 2 touches a week, approval above 5,000.00, a 10 % holdout and a 30-day window", () => {
    const { db } = tempDatabase();
    expect(readSettings(db, "campaigns")).toMatchObject({
      frequencyCap: { touches: 2, days: 7 },
      approvalThresholdMinor: 500_000,
      defaultHoldoutShare: 0.1,
      defaultAttributionDays: 30,
      defaultExcludeBuyersDays: 7,
    });
  });

  it("keep what an admin saved and refuse impossible values", () => {
    const { db } = tempDatabase();
    writeSettings(db, "campaigns", { frequencyCap: { touches: 3, days: 14 }, approvalThresholdMinor: 100_000 });
    expect(readSettings(db, "campaigns")).toMatchObject({ frequencyCap: { touches: 3, days: 14 }, approvalThresholdMinor: 100_000 });
    expect(() => writeSettings(db, "campaigns", { frequencyCap: { touches: 0, days: 7 } })).toThrow();
    expect(() => writeSettings(db, "campaigns", { defaultHoldoutShare: 0.95 })).toThrow();
  });
});
