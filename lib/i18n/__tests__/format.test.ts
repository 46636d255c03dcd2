import { describe, expect, it } from "vitest";

import { formatters } from "@/lib/i18n/format";

const en = formatters("en");
const zh = formatters("zh-CN");

describe("compact money", () => {
  it("writes small amounts in full, with separators and cents", () => {
    expect(zh.money(1427.7, "USD", { compact: true })).toBe("US$1,427.70");
    expect(zh.money(6506.4, "USD", { compact: true })).toBe("US$6,506.40");
    expect(en.money(1427.7, "USD", { compact: true })).toBe("$1,427.70");
    expect(en.money(193.7, "USD", { compact: true })).toBe("$193.70");
    expect(en.money(0, "USD", { compact: true })).toBe("$0.00");
  });

  it("compacts large amounts without a padded zero decimal", () => {
    expect(en.money(26_500, "USD", { compact: true })).toBe("$26.5K");
    expect(en.money(98_000, "USD", { compact: true })).toBe("$98K");
    expect(en.money(265_200, "USD", { compact: true })).toBe("$265.2K");
    expect(zh.money(265_200, "USD", { compact: true })).toBe("US$26.5万");
    expect(zh.money(1_899_388.63, "USD", { compact: true })).toBe("US$189.9万");
  });

  it("leaves full money alone", () => {
    expect(zh.money(265_200, "USD")).toBe("US$265,200.00");
  });
});

describe("compact numbers", () => {
  it("keeps separators below ten thousand and compacts above", () => {
    expect(zh.compact(6000)).toBe("6,000");
    expect(zh.compact(18_000)).toBe("1.8万");
    expect(en.compact(4000)).toBe("4,000");
    expect(en.compact(16_000)).toBe("16K");
  });
});

describe("period", () => {
  it("names months for the locale", () => {
    expect(en.period("1997-03")).toBe("Mar 1997");
    expect(zh.period("1997-03")).toBe("1997年3月");
  });

  it("shows weeks by their first day and quarters unchanged", () => {
    expect(en.period("1997-03-10")).toBe("Mar 10, 1997");
    expect(en.period("1997-Q1")).toBe("1997-Q1");
  });
});

describe("topShare", () => {
  it("never claims the top 0 %", () => {
    expect(en.topShare(1 / 23_570)).toBe("0.1%");
    expect(zh.topShare(0)).toBe("0.1%");
  });

  it("rounds up, so the claim stays true", () => {
    expect(en.topShare(0.0042)).toBe("0.5%");
    expect(en.topShare(0.043)).toBe("5%");
    expect(en.topShare(0.07)).toBe("7%");
    expect(en.topShare(1)).toBe("100%");
  });
});

describe("percent", () => {
  it("reads 100 % and 0 % only for all and none", () => {
    expect(en.percent(0.9996)).toBe("99.9%");
    expect(zh.percent(0.0002)).toBe("0.1%");
    expect([en.percent(1), en.percent(0), en.percent(0.425)]).toEqual(["100%", "0%", "42.5%"]);
  });
});

describe("count", () => {
  const days = { one: "{count} day", other: "{count} days" };
  it("picks the plural form of the locale", () => {
    expect(en.count(days, 1)).toBe("1 day");
    expect(en.count(days, 0)).toBe("0 days");
    expect(en.count(days, 1200)).toBe("1,200 days");
    expect(zh.count({ other: "{count} 天" }, 1)).toBe("1 天");
  });

  it("joins a list as the locale does", () => {
    expect(en.list(["EUR", "GBP", "USD"])).toBe("EUR, GBP, and USD");
    expect(zh.list(["EUR", "GBP", "USD"])).toBe("EUR、GBP 和 USD");
    expect(en.list(["EUR"])).toBe("EUR");
  });
});

describe("list", () => {
  it("joins as the locale does, with a space where a Chinese joiner meets Latin script", () => {
    expect(zh.list(["voided", "pending"])).toBe("voided 和 pending");
    expect(zh.list(["金额按 CNY", "电话号码按中国 (+86)"])).toBe("金额按 CNY 和电话号码按中国 (+86)");
    expect(zh.list(["淘宝", "京东"])).toBe("淘宝和京东");
  });
});
