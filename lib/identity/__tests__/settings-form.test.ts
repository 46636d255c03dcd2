import { describe, expect, it } from "vitest";

import { readSettingsForm } from "../settings-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries({ maxProfiles: "1", limitEmail: "5", limitPhone: "3", limitExt: "10", ...fields })) {
    data.set(key, value);
  }
  return data;
};

describe("the guards form", () => {
  it("normalises block-list lines and reads limits, rank and provider rules", () => {
    const result = readSettingsForm(
      form({
        blockList: "email: NoReply@Shop.Example\nphone:+86 21 5000 0000\n\next:pos:0\nemail:*@mailinator.com",
        scopeLimits: "Shopify = 1\nwechat_openid=3",
        sourceRank: "crm, Shopify",
        gmailDots: "on",
      }),
      "CN",
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        blockList: ["email:noreply@shop.example", "phone:+862150000000", "ext:pos:0", "email:*@mailinator.com"],
        maxProfilesPerIdentifier: 1,
        limits: { email: 5, phone: 3, ext: 10 },
        scopeLimits: { shopify: 1, wechat_openid: 3 },
        emailRewrite: { gmailDots: true, plusTags: false },
        sourceRank: ["crm", "shopify"],
      },
    });
  });

  it("names every line it cannot read and every limit out of range", () => {
    const result = readSettingsForm(form({ blockList: "phone:1.38001E+10\nnot an entry", scopeLimits: "shopify=0", limitPhone: "0" }), "CN");
    expect(result).toEqual({ ok: false, problems: ["phone:1.38001E+10", "not an entry", "shopify=0", "limits.phone"] });
  });
});
