import { describe, expect, it } from "vitest";

import { decimalMarkOf, undecidedAmount } from "../decimal-mark";
import { currencyOfMark, parseMoney } from "../money";

describe("parseMoney", () => {
  it.each([
    ["¥1,299.00", 129_900, "CNY"],
    ["￥88.00", 8_800, "CNY"],
    ["$1,234.56", 123_456, "USD"],
    ["USD 15.00", 1_500, "USD"],
    ["RMB 2,000", 200_000, "CNY"],
    ["CN¥45.5", 4_550, "CNY"],
    ["£123", 12_300, "GBP"],
    ["1.234,56", 123_456, null],
    ["12,50", 1_250, null],
    ["(12.50)", -1_250, null],
    ["-¥12.50", -1_250, "CNY"],
    ["`0.01", 1, null],
    ["11.77", 1_177, null],
    ["\u22127.00", -700, null],
    ["10.00-", -1_000, null],
    ["1.234,50€-", -123_450, "EUR"],
  ])("reads %s as %i minor units", (raw, minor, currency) => {
    expect(parseMoney(raw)).toEqual({ minor, currency });
  });

  it("says when digits past the cents were dropped, or a point before three may group thousands",
    () => {
    expect(parseMoney("0.00500")).toEqual({ minor: 1, currency: null, rounded: true });
    expect(parseMoney("12.3449")).toEqual({ minor: 1_234, currency: null, rounded: true });
    expect(parseMoney("2.500")).toEqual({ minor: 250, currency: null, rounded: true });
    expect(parseMoney("¥3.000")).toEqual({ minor: 300, currency: "CNY", rounded: true });
    // No grouping starts with 0, and zeros past the cents of a long number group nothing.
    expect(parseMoney("0.500")).toEqual({ minor: 50, currency: null });
    expect(parseMoney("12.5000")).toEqual({ minor: 1_250, currency: null });
  });

  it("reads a bare ¥ as the yen in a file said to be in yen, CN¥ and 元 as the yuan always", () => {
    expect(parseMoney("¥12,800", "JPY")).toEqual({ minor: 1_280_000, currency: "JPY" });
    expect(parseMoney("￥12,800", "JPY")).toEqual({ minor: 1_280_000, currency: "JPY" });
    expect(parseMoney("CN¥45.5", "JPY")).toEqual({ minor: 4_550, currency: "CNY" });
    expect(parseMoney("88元", "JPY")).toEqual({ minor: 8_800, currency: "CNY" });
  });

  it.each(["", "abc", "1,2,3.4.5", "--", "12..5", "-10.00-"])("refuses %j", (raw) => {
    expect(parseMoney(raw)).toBeNull();
  });
});

describe("a file's decimal mark", () => {
  it("is told by the cells that show it, and by none of those that do not", () => {
    expect(decimalMarkOf(["1.234", "12,50", "2.000"])).toBe(",");
    expect(decimalMarkOf(["1.234", "1,5"])).toBe(",");
    expect(decimalMarkOf(["€ 1.234.567", "7"])).toBe(",");
    expect(decimalMarkOf(["1,234", "12.50"])).toBe(".");
    expect(decimalMarkOf(["1,234.56"])).toBe(".");
    expect(decimalMarkOf(["１２，５０"])).toBe(",");
    expect(decimalMarkOf(["1.234", "2.000", "15"])).toBeNull();
    expect(decimalMarkOf(["12,50", "12.50"])).toBeNull();
  });

  it("is asked with a point before three digits when no cell tells", () => {
    expect(undecidedAmount(["2500", "€ 12.500", "1.299"])).toBe("€ 12.500");
    expect(undecidedAmount(["１２．５００"])).toBe("１２．５００");
    // A cell that tells decides the others; cells that disagree are read each on its own.
    expect(undecidedAmount(["12.500", "3.75"])).toBeNull();
    expect(undecidedAmount(["12.500", "1.234.567"])).toBeNull();
    expect(undecidedAmount(["12.500", "3,75", "4.25"])).toBeNull();
    // A comma before three digits groups thousands; four digits after a point are no grouping.
    expect(undecidedAmount(["1,299", "15"])).toBeNull();
    expect(undecidedAmount(["12.5000", "1234.500"])).toBeNull();
    expect(undecidedAmount(["15", ""])).toBeNull();
  });

  it("reads one separator before three digits as thousands unless it is the file's decimal mark", () => {
    expect(parseMoney("1.234", "CNY", ",")).toEqual({ minor: 123_400, currency: null });
    expect(parseMoney("2.000", "CNY", ",")).toEqual({ minor: 200_000, currency: null });
    expect(parseMoney("1,5", "CNY", ",")).toEqual({ minor: 150, currency: null });
    expect(parseMoney("1,234", "CNY", ",")).toEqual({ minor: 123, currency: null, rounded: true });
    expect(parseMoney("1,234", "CNY", ".")).toEqual({ minor: 123_400, currency: null });
    expect(parseMoney("1.234", "CNY", ".")).toEqual({ minor: 123, currency: null, rounded: true });
    expect(parseMoney("1.234", "CNY", null)).toEqual({ minor: 123, currency: null, rounded: true });
    // Past a file's first rows, which did not tell: read as a decimal, and warned of.
    expect(parseMoney("12.500", "CNY", null)).toEqual({ minor: 1_250, currency: null, rounded: true });
    expect(parseMoney("€12.500", "CNY", null)).toMatchObject({ minor: 1_250, rounded: true });
    expect(parseMoney("12.500", "CNY", ".")).toEqual({ minor: 1_250, currency: null });
    expect(parseMoney("1234.500", "CNY", null)).toEqual({ minor: 123_450, currency: null });
  });
});

describe("currencyOfMark", () => {
  it("names the currency a mark alone stands for, as amounts are read, and never a bare ¥", () => {
    expect(["€", " £ ", "cn¥", "US$", "円", "EUR"].map(currencyOfMark))
      .toEqual(["EUR", "GBP", "CNY", "USD", "JPY", "EUR"]);
    expect(currencyOfMark("¥")).toBeNull();
    expect(currencyOfMark("Euro")).toBeNull();
    expect(parseMoney("1,200円")).toEqual({ minor: 120_000, currency: "JPY" });
  });
});
