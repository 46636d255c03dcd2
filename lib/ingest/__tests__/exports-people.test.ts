import fs from "node:fs";

import { beforeAll, describe, expect, it } from "vitest";

import type { Db } from "@/db/client";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, customer, fixture, importFile } from "./case-helpers";

const exportsFolder = fixture("exports");

/**
 * Every shared channel export in, with no question asked, and each invented
 * person's unified spend as PEOPLE.md (beside the shared fixtures) states it.
 */
describe("channel exports: every fixture recognised, people unified as PEOPLE.md says", () => {
  let db: Db;
  const presets: Record<string, string> = {};
  beforeAll(async () => {
    db = tempDatabase().db;
    for (const name of fs.readdirSync(exportsFolder).sort()) {
      const summary = await importFile(db, `${exportsFolder}/${name}`);
      expect(summary.rowsRejected).toBe(0);
      presets[name] = summary.preset;
    }
  });

  it("recognises each export by its header row", () => {
    expect(presets).toEqual({
      "douyin_orders.csv": "douyin-orders",
      "hubspot_contacts.csv": "hubspot-contacts",
      "mailchimp_subscribed_members.csv": "mailchimp-members",
      "shopify_customers.csv": "shopify-customers",
      "shopify_orders.csv": "shopify-orders",
      "stripe_payments.csv": "stripe-payments",
      "taobao_orders.csv": "taobao-orders",
      "wechatpay_trade_bill.csv": "wechat-pay-bill",
      "woocommerce_orders.csv": "woocommerce-orders",
    });
  });

  it.each([
    ["maya.lindqvist@example.com", { USD: 473.09 }],
    ["tomas.okafor@example.org", { GBP: 257.4, USD: 60 }],
    ["priya.raman@example.net", { USD: 211.52 }],
    ["jonas.becker@example.com", {}],
    ["+8613800138001", { CNY: 386.8 }],
    ["+8613800138002", { CNY: 86 }],
    ["lina.li@example.com", { CNY: 76, USD: 70.2 }],
    ["sam.whitaker@example.com", {}],
  ])("%s spends %j", (who, spend) => {
    expect(customer(db, who).spend).toEqual(spend);
  });

  it("keeps WeChat payers apart by openid, with the refund netted: 陈浩 pays 89 − 89", () => {
    expect(customer(db, "wechat-pay:oQx3p0Wm8K2a-FAKEchenhao01")).toMatchObject({ frequency: 1, spend: { CNY: 0 } });
    expect(customer(db, "wechat-pay:oQx3p0Wm8K2a-FAKEp5xiaomei")).toMatchObject({ frequency: 2, spend: { CNY: 178.9 } });
  });

  it("never links the masked Douyin buyers: each order is a customer of its own", () => {
    expect(count(db, "SELECT count(*) FROM identifiers WHERE value LIKE '%*%'")).toBe(0);
    expect(customer(db, "douyin:row:6930225221807938160")).toMatchObject({ frequency: 1, spend: { CNY: 102 } });
    // Sub-order 6930024554386124028 was closed: kept, never counted.
    expect(count(db, "SELECT counts FROM orders WHERE order_key = '6930024554386124028'")).toBe(0);
  });

  it("reads Shopify line items without adding them to the order total", () => {
    const lines = db.$client
      .prepare(`SELECT name, quantity, unit_price_minor, amount_minor FROM order_lines WHERE order_key = '#1043' ORDER BY line_key`)
      .raw()
      .all();
    expect(lines).toEqual([["Wool Throw - Rust", 1, 12_900, 12_900], ["Linen Tote - Natural", 2, 3_800, 7_600]]);
    expect(count(db, "SELECT amount_minor FROM orders WHERE order_key = '#1043'")).toBe(22_894);
  });
});
