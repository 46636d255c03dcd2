import type { CountryCode } from "libphonenumber-js";
import { describe, expect, it } from "vitest";

import type { Db } from "@/db/client";
import { normaliseEmail } from "@/lib/ingest/normalise/email";
import { normalisePhone } from "@/lib/ingest/normalise/phone";
import { findProfileId, readProfile } from "@/lib/profiles/read-profile";
import { tempDatabase } from "@/lib/testing/temp-db";

import { externalId, sharedId, sharedNamespaces, type Identifier } from "../identifier";
import { resolveIdentities } from "../resolve";
import { seedImport, type SeedRecord } from "./seed-records";

// The identifiers of ../shared/fixtures/exports/PEOPLE.md, written by hand in
// the shapes the exports use; the integrator adds the test over the real files.
const email = (raw: string): Identifier => ({ kind: "email", value: normaliseEmail(raw)! });
const phone = (raw: string, region: CountryCode): Identifier => {
  const result = normalisePhone(raw, region);
  if (!result.ok) throw new Error(`not a phone: ${raw}`);
  return { kind: "phone", value: result.e164 };
};
const order = (key: string, date: string, amount: number, currency: string, counts = true) => ({
  key, date, amount, currency, counts,
});

const files: [string, SeedRecord[]][] = [
  ["shopify", [
    { keys: [email("maya.lindqvist@example.com"), phone("'+14155550142", "US")], order: order("#1043", "2026-01-14", 228.94, "USD") },
    { keys: [email("Maya.Lindqvist@example.com"), phone("+1 415 555 0142", "US")], order: order("#1071", "2026-02-02", 32.1, "USD") },
    { keys: [email("maya.lindqvist@example.com")], order: order("#1118", "2026-04-11", 92.05, "USD") },
    { keys: [email("priya.raman@example.net"), phone("+12125550199", "US")], order: order("#1052", "2026-01-20", 60.48, "USD") },
    { keys: [email("PRIYA.RAMAN@example.net")], order: order("#1101", "2026-03-09", 0, "USD") },
    { keys: [email("jonas.becker@example.com"), phone("+16465550107", "US")], order: order("#1126", "2026-05-01", 15, "USD", false) },
    { keys: [email("lina.li@example.com"), phone("+86 138 0013 8003", "CN")], order: order("#1133", "2026-05-06", 70.2, "USD") },
  ]],
  ["woocommerce", [
    { keys: [email(" Tomas.Okafor@Example.org"), phone("02079460991", "GB")], order: order("2201", "2026-02-03", 215.1, "GBP") },
    { keys: [email("tomas.okafor@example.org"), phone("020 7946 0991", "GB")], order: order("2288", "2026-05-17", 42.3, "GBP") },
    { keys: [email("tomas.okafor@example.org")], order: order("2299", "2026-05-20", 18, "GBP", false) },
    { keys: [email("priya.raman@example.net"), phone("(212) 555-0199", "US")], order: order("2240", "2026-03-30", 31.04, "USD") },
  ]],
  ["stripe", [
    { keys: [externalId("stripe", "cus_maya01"), email("maya.lindqvist@example.com")], order: order("ch_m1", "2026-02-20", 0, "USD") },
    { keys: [externalId("stripe", "cus_maya01"), email("maya.lindqvist@example.com")], order: order("ch_m2", "2026-04-02", 120, "USD") },
    { keys: [externalId("stripe", "cus_tomas1"), email("Tomas.Okafor@example.org")], order: order("ch_t1", "2026-03-01", 60, "USD") },
    { keys: [externalId("stripe", "cus_priya1"), email("priya.raman@example.net")], order: order("ch_p1", "2026-02-10", 120, "USD") },
    { keys: [externalId("stripe", "cus_priya1"), email("priya.raman@example.net")], order: order("ch_p2", "2026-02-11", 120, "USD", false) },
    { keys: [externalId("stripe", "cus_sam001"), email("sam.whitaker@example.com")], order: order("ch_s1", "2026-01-30", 29, "USD", false) },
  ]],
  ["mailchimp", [
    { keys: [email("maya.lindqvist@example.com"), phone("(415) 555-0142", "US")] },
    { keys: [email("priya.raman@example.net")] },
    { keys: [email("jonas.becker@example.com")] },
    { keys: [email("sam.whitaker@example.com"), phone("312.555.0163", "US")] },
    { keys: [email("LINA.LI@EXAMPLE.COM")] },
  ]],
  ["hubspot", [
    { keys: [externalId("hubspot", "51200000000"), email("priya.raman@example.net"), phone("(212) 555-0199", "US")] },
    { keys: [externalId("hubspot", "51200002424"), email("maya.lindqvist@example.com"), phone("+14155550142", "US")] },
    { keys: [externalId("hubspot", "51200002525"), email("tomas.okafor@example.org"), phone("+44 20 7946 0991", "GB")] },
    { keys: [externalId("hubspot", "51200000808"), phone("+86 138 0013 8003", "CN")] },
  ]],
  ["taobao", [
    { keys: [externalId("taobao", "xiaomei_wang88"), phone("'13800138001", "CN")], order: order("3300149536787040120", "2026-01-25", 8, "CNY") },
    { keys: [externalId("taobao", "xiaomei_wang88"), phone("0086-138-0013-8001", "CN")], order: order("3300087744778315765", "2026-03-15", 259, "CNY") },
    { keys: [externalId("taobao", "xiaomei_wang88"), phone("8613800138001", "CN")], order: order("3300032392566337874", "2026-04-20", 119.8, "CNY") },
    { keys: [externalId("taobao", "chenhao_2019"), phone("１３８００１３８００２", "CN")], order: order("3300260062683705048", "2026-02-14", 0, "CNY", false) },
    { keys: [externalId("taobao", "chenhao_2019"), phone("138 0013 8002", "CN")], order: order("3300178531934610397", "2026-03-02", 86, "CNY") },
    { keys: [externalId("taobao", "nana_li_sh"), phone("13800138003", "CN")], order: order("3300222043167360630", "2026-05-03", 76, "CNY") },
  ]],
  ["wechatpay", [
    { keys: [sharedId(sharedNamespaces.wechatOpenid, "oQx3p0Wm8K2a-FAKEp5xiaomei")], order: order("MP20260120CDC04C96", "2026-01-20", 49.9, "CNY") },
    { keys: [sharedId(sharedNamespaces.wechatOpenid, "oQx3p0Wm8K2a-FAKEp5xiaomei")], order: order("MP20260330CDC04C96", "2026-03-30", 129, "CNY") },
    { keys: [sharedId(sharedNamespaces.wechatOpenid, "oQx3p0Wm8K2a-FAKEchenhao01")], order: order("MP20260208C419A76A", "2026-02-08", 89, "CNY") },
    { keys: [sharedId(sharedNamespaces.wechatOpenid, "oQx3p0Wm8K2a-FAKEchenhao01")], order: order("MP20260209C419A76A", "2026-02-09", -89, "CNY") },
  ]],
];

const people: [string, Record<string, number>][] = [
  ["maya.lindqvist@example.com", { USD: 473.09 }],
  ["tomas.okafor@example.org", { GBP: 257.4, USD: 60 }],
  ["priya.raman@example.net", { USD: 211.52 }],
  ["+8613800138001", { CNY: 386.8 }],
  ["+8613800138002", { CNY: 86 }],
  ["lina.li@example.com", { USD: 70.2, CNY: 76 }],
];

function spendOf(db: Db, who: string) {
  const identifier: Identifier = who.includes("@") ? { kind: "email", value: who } : { kind: "phone", value: who };
  return readProfile(db, findProfileId(db, identifier)!)!.revenueByCurrency;
}

describe("the PEOPLE.md persons unify (hand-built records, same identifiers)", () => {
  it.each([
    ["as listed", [0, 1, 2, 3, 4, 5, 6]],
    ["backwards", [6, 5, 4, 3, 2, 1, 0]],
    ["shuffled", [3, 6, 0, 5, 1, 4, 2]],
  ])("each person is one profile with PEOPLE.md's totals per currency, imported %s", (_, order) => {
    const { db } = tempDatabase();
    for (const i of order) {
      seedImport(db, ...files[i]);
      resolveIdentities(db);
    }
    for (const [who, spend] of people) expect(spendOf(db, who), who).toEqual(spend);

    // WeChat openids meet no other key in any file: they stay profiles of their own.
    const openid = findProfileId(db, sharedId(sharedNamespaces.wechatOpenid, "oQx3p0Wm8K2a-FAKEp5xiaomei"));
    expect(openid).not.toBe(findProfileId(db, { kind: "phone", value: "+8613800138001" }));
    expect(readProfile(db, openid!)!.revenueByCurrency).toEqual({ CNY: 178.9 });
    expect(db.$client.prepare("SELECT count(*) FROM profiles").pluck().get()).toBe(10);
    expect(db.$client.prepare("SELECT count(*) FROM identity_reviews").pluck().get()).toBe(0);
  });
});
