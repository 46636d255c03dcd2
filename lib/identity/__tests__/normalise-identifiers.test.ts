import { describe, expect, it } from "vitest";

import { rewriteEmail } from "../email-rewrite";
import { blockMatcher, normaliseBlockEntry } from "../guards/block-list";
import { externalId, limitClass, scopeOf, sharedId, sharedNamespaces } from "../identifier";
import { recordLinks } from "../record-links";

describe("provider rules for emails, only when the settings ask", () => {
  const off = { gmailDots: false, plusTags: false };
  it("changes nothing by default: dots and tags are part of the address", () => {
    expect(rewriteEmail("li.na+shop@gmail.com", off)).toBeNull();
  });
  it.each([
    ["li.na@gmail.com", "lina@gmail.com"],
    ["Li.Na+promo@googlemail.com".toLowerCase(), "lina@gmail.com"],
    ["lina@gmail.com", null],
    ["li.na@example.com", null],
  ])("Gmail rules: %s → %s", (email, mailbox) => {
    expect(rewriteEmail(email, { gmailDots: true, plusTags: false })).toBe(mailbox);
  });
  it("drops a +tag on any domain when asked, keeping dots", () => {
    expect(rewriteEmail("li.na+news@example.com", { gmailDots: false, plusTags: true })).toBe("li.na@example.com");
  });
});

describe("scoped ids", () => {
  it("a Shopify id and a Tmall nick never collide; shared namespaces cross sources", () => {
    expect(externalId("shopify", "1001")).toEqual({ kind: "ext", value: "shopify:1001" });
    expect(externalId("tmall", "1001")).not.toEqual(externalId("shopify", "1001"));
    expect(sharedId(sharedNamespaces.wechatOpenid, " oQx3p0 ")).toEqual({ kind: "ext", value: "wechat_openid:oQx3p0" });
    expect(scopeOf("ext", "wechat_openid:oQx3p0")).toBe("wechat_openid");
    expect(limitClass("ext", "shopify:1001")).toBe("ext:shopify");
    expect(limitClass("phone", "+8613800138000")).toBe("phone");
  });

  it("links every pair of a record's identifiers once, smaller id first", () => {
    expect(recordLinks([9, 4, 7, 4])).toEqual([[4, 7], [4, 9], [7, 9]]);
    expect(recordLinks([5])).toEqual([]);
  });
});

describe("block list entries", () => {
  it("reads typed values the way importers do", () => {
    expect(normaliseBlockEntry("phone", "+86 138 0013 8000", "CN")).toEqual({ ok: true, entry: "phone:+8613800138000" });
    expect(normaliseBlockEntry("email", " NoReply@Shop.Example ", "CN")).toEqual({ ok: true, entry: "email:noreply@shop.example" });
    expect(normaliseBlockEntry("email", "*@Mailinator.com", "CN")).toEqual({ ok: true, entry: "email:*@mailinator.com" });
    expect(normaliseBlockEntry("ext", "pos:0", "CN")).toEqual({ ok: true, entry: "ext:pos:0" });
    expect(normaliseBlockEntry("phone", "1.38001E+10", "CN")).toEqual({ ok: false });
    expect(normaliseBlockEntry("ext", "no scope", "CN")).toEqual({ ok: false });
  });

  it("matches exact entries and patterns of the same kind only", () => {
    const blocked = blockMatcher(["email:noreply@shop.example", "email:test@*", "phone:+8613800000000"]);
    expect(blocked("email", "noreply@shop.example")).toBe(true);
    expect(blocked("email", "test@anything.example")).toBe(true);
    expect(blocked("email", "contest@anything.example")).toBe(false);
    expect(blocked("ext", "test@anything.example")).toBe(false);
    expect(blocked("phone", "+8613800000000")).toBe(true);
  });
});
