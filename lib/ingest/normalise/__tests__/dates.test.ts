import { describe, expect, it } from "vitest";

import { dayToIso, detectDayOrder, parseMoment } from "../dates";

const shanghai = { timeZone: "Asia/Shanghai" };

describe("parseMoment (case 07: the store-local day never shifts)", () => {
  it.each([
    ["45383", "2024-04-01 00:00:00"],
    ["2024年3月5日", "2024-03-05 00:00:00"],
    ["2024/3/9 14:05", "2024-03-09 14:05:00"],
    ["2024-04-01T00:30:00+08:00", "2024-04-01 00:30:00"],
    ["2024-03-10", "2024-03-10 00:00:00"],
    ["19970112", "1997-01-12 00:00:00"],
    ["2024-03-31T16:30:00Z", "2024-04-01 00:30:00"],
    ["2012-01-01 11:13:25 -0500", "2012-01-02 00:13:25"],
    ["05-Mar-2024", "2024-03-05 00:00:00"],
    ["5 March 2024 14:05", "2024-03-05 14:05:00"],
    ["Mar 5, 2024", "2024-03-05 00:00:00"],
    ["Sept 30 2024", "2024-09-30 00:00:00"],
    ["DEC 1, 2023, 09:15:30", "2023-12-01 09:15:30"],
  ])("%s is %s in Asia/Shanghai", (raw, local) => {
    expect(parseMoment(raw, shanghai)?.local).toBe(local);
  });

  it.each([
    ["2024-03-05 10:11:12", "2024-03-05 10:11:12", "2024-03-05"],
    ["2024-03-05T10:11:12", "2024-03-05 10:11:12", "2024-03-05"],
    ["2024-02-30 10:11:12", null, null],
    ["1899-12-31 10:11:12", null, null],
    ["2024-03-05 24:00:00", null, null],
  ])("reads the common form %s as the general reader does", (raw, local, day) => {
    const moment = parseMoment(raw, shanghai);
    expect(moment?.local ?? null).toBe(local);
    expect(moment ? dayToIso(moment.day) : null).toBe(day);
  });

  it("moves the common form from the file's zone when it is not the store's (Stripe writes UTC)", () => {
    const moment = parseMoment("2024-03-31 16:30:00", { timeZone: "Asia/Shanghai", fileTimeZone: "UTC" });
    expect(moment?.local).toBe("2024-04-01 00:30:00");
  });

  it("keeps the day of a date-only value: 2024-03-10 is never 9 March", () => {
    const moment = parseMoment("2024-03-10", { timeZone: "America/Los_Angeles" });
    expect(dayToIso(moment!.day)).toBe("2024-03-10");
  });

  it("reads 3/15/2024 2:30 PM month first and 15/03/2024 day first", () => {
    expect(parseMoment("3/15/2024 2:30 PM", shanghai)?.local).toBe("2024-03-15 14:30:00");
    expect(parseMoment("15/03/2024", shanghai)?.local).toBe("2024-03-15 00:00:00");
  });

  it("needs the file's day order for 03/04/2024", () => {
    expect(parseMoment("03/04/2024", shanghai)).toBeNull();
    expect(parseMoment("03/04/2024", { ...shanghai, dayOrder: "dmy" })?.local).toBe(
      "2024-04-03 00:00:00",
    );
    expect(detectDayOrder(["03/04/2024", "13/04/2024"])).toBe("dmy");
    expect(detectDayOrder(["03/04/2024", "04/23/2024"])).toBe("mdy");
    expect(detectDayOrder(["03/04/2024"])).toBeNull();
  });

  it.each(["2024-02-30", "45383abc", "1970", "12", "2024-13-01", "tomorrow", "30 Feb 2024", "Ma 5 2024",
    "5 Smarch 2024"])(
    "refuses %s",
    (raw) => expect(parseMoment(raw, shanghai)).toBeNull(),
  );
});
