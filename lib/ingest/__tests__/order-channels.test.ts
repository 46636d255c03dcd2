import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { fixture, importFile } from "./case-helpers";

describe("an order's channel is where it was sold", () => {
  it("is not a payment method, a payment integration type or an influencer's name", async () => {
    const { db } = tempDatabase();
    const files = [
      "woocommerce_orders.csv", "wechatpay_trade_bill.csv", "douyin_orders.csv", "shopify_orders.csv",
    ];
    for (const name of files) {
      await importFile(db, fixture("exports", name));
    }
    const channels = db.$client
      .prepare(`SELECT s.key, group_concat(DISTINCT coalesce(o.channel, '-')) FROM orders o
        JOIN sources s ON s.id = o.source_id GROUP BY s.key ORDER BY s.key`)
      .raw()
      .all();
    // Without a channel column the source is the channel; Shopify's "Source" is its sales channel.
    expect(channels)
      .toEqual([["douyin", "-"], ["shopify", "web"], ["wechat-pay", "-"], ["woocommerce", "-"]]);
  });
});
