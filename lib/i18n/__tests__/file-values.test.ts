import { describe, expect, it } from "vitest";

import { channelLabel, statusLabel } from "@/lib/i18n/file-values";
import { messagesFor } from "@/lib/i18n/locales";

const en = messagesFor("en").fileValues;
const zh = messagesFor("zh-CN").fileValues;

describe("channels and statuses as files write them", () => {
  it("read in the reader's language whatever case the file used", () => {
    expect(channelLabel(zh, "sms")).toBe("短信");
    expect(channelLabel(zh, "Web")).toBe("网站");
    expect(channelLabel(en, "pos")).toBe("In store (POS)");
    expect(statusLabel(zh, "partially_refunded")).toBe("部分退款");
    expect(statusLabel(en, " PAID ")).toBe("Paid");
  });

  it("give an English reader the meaning of a Chinese marketplace's status", () => {
    expect(statusLabel(en, "交易成功")).toBe("Completed");
    expect(statusLabel(en, "等待买家付款")).toBe("Awaiting payment");
    // Every status a Taobao export writes.
    const taobao = ["等待买家付款", "买家已付款，等待卖家发货", "卖家已发货，等待买家确认", "交易成功", "交易关闭"];
    expect(taobao.map((status) => statusLabel(en, status))).toEqual([
      "Awaiting payment", "Paid, awaiting shipment", "Shipped, awaiting confirmation", "Completed", "Closed",
    ]);
    // A Chinese reader reads the file's own words.
    expect(statusLabel(zh, "交易成功")).toBe("交易成功");
  });

  it("name a WeChat Pay bill's source and its trade states", () => {
    expect(channelLabel(zh, "wechat-pay")).toBe("微信支付");
    expect(channelLabel(en, "wechat-pay")).toBe("WeChat Pay");
    expect(["SUCCESS", "REFUND"].map((status) => statusLabel(en, status))).toEqual(["Paid", "Refunded"]);
    expect(statusLabel(zh, "SUCCESS")).toBe("支付成功");
  });

  it("show a value Strata does not know as the file wrote it", () => {
    expect(channelLabel(zh, "Kasse 3")).toBe("Kasse 3");
    expect(statusLabel(en, "awaiting_pickup")).toBe("awaiting_pickup");
  });

  it("name every channel and status in both languages", () => {
    expect(Object.keys(zh.channels).sort()).toEqual(Object.keys(en.channels).sort());
    const english = Object.keys(en.statuses).filter((key) => /^[a-z -]+$/.test(key.replace(/_/g, " ")));
    expect(english.filter((key) => !zh.statuses[key])).toEqual([]);
  });
});
