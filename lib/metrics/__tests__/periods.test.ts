import { describe, expect, it } from "vitest";

import { isoToDay } from "@/lib/ingest/normalise/dates";
import { periodsBetween } from "@/lib/metrics/snapshots/periods";

const day = (iso: string) => isoToDay(iso) ?? Number.NaN;
const shown = (periods: ReturnType<typeof periodsBetween>) =>
  periods.map((p) => [
    p.key,
    new Date(p.startDay * 86_400_000).toISOString().slice(0, 10),
    new Date(p.endDay * 86_400_000).toISOString().slice(0, 10),
  ]);

describe("periodsBetween", () => {
  it("cuts months across a year end, the last one ending on the as-of date", () => {
    expect(shown(periodsBetween(day("2023-11-15"), day("2024-02-10"), "month"))).toEqual([
      ["2023-11", "2023-11-01", "2023-11-30"],
      ["2023-12", "2023-12-01", "2023-12-31"],
      ["2024-01", "2024-01-01", "2024-01-31"],
      ["2024-02", "2024-02-01", "2024-02-10"],
    ]);
  });

  it("keys quarters as 2024-Q1 and ends each on its last day", () => {
    expect(shown(periodsBetween(day("2023-12-31"), day("2024-04-01"), "quarter"))).toEqual([
      ["2023-Q4", "2023-10-01", "2023-12-31"],
      ["2024-Q1", "2024-01-01", "2024-03-31"],
      ["2024-Q2", "2024-04-01", "2024-04-01"],
    ]);
  });

  it("starts weeks on Monday (2024-01-03 is a Wednesday)", () => {
    expect(shown(periodsBetween(day("2024-01-03"), day("2024-01-09"), "week"))).toEqual([
      ["2024-01-01", "2024-01-01", "2024-01-07"],
      ["2024-01-08", "2024-01-08", "2024-01-09"],
    ]);
  });

  it("gives CDNOW's 18 months", () => {
    expect(periodsBetween(day("1997-01-01"), day("1998-06-30"), "month")).toHaveLength(18);
  });
});
