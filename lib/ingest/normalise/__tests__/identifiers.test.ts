import { describe, expect, it } from "vitest";

import { normaliseEmail } from "../email";
import { normalisePhone } from "../phone";
import { cleanCell } from "../text";

describe("normaliseEmail (case 11)", () => {
  it.each([
    ["Li.Na@Example.com ", "li.na@example.com"],
    ["LI.NA@EXAMPLE.COM", "li.na@example.com"],
    [" li.na@example.com", "li.na@example.com"],
    ["søren.berg@example.dk", "søren.berg@example.dk"],
    ["Ann.O'Neil+news@mail.example.co.uk", "ann.o'neil+news@mail.example.co.uk"],
    ["王芳@例子.中国", "王芳@例子.中国"],
  ])("%j becomes %s", (raw, email) => expect(normaliseEmail(raw)).toBe(email));

  it("keeps dots: lina@ and li.na@ stay different", () => {
    expect(normaliseEmail("lina@example.com")).not.toBe(normaliseEmail("li.na@example.com"));
  });

  it.each(["", "n/a", "no at sign", "a@b", "<script>alert(1)</script>@example.com", '"Ann" <ann@example.com>',
    "ann@example..com", "ann@exa_mple.com", "ann smith@example.com"])("refuses %j", (raw) =>
    expect(normaliseEmail(raw)).toBeNull(),
  );

  it("refuses an address longer than mail allows (a pasted blob is not an identifier)", () => {
    expect(normaliseEmail(`${"a".repeat(64)}@example.com`)).toBe(`${"a".repeat(64)}@example.com`);
    expect(normaliseEmail(`${"a".repeat(65)}@example.com`)).toBeNull();
    expect(normaliseEmail(`a@${"b".repeat(250)}.com`)).toBeNull();
    expect(normaliseEmail(`${"x".repeat(100_000)}@example.com`)).toBeNull();
  });
});

describe("normalisePhone (case 12, default region CN)", () => {
  it.each([
    ["+86 138 0013 8000", "+8613800138000"],
    ["0086-139-0013-9000", "+8613900139000"],
    ["010-8888 6666", "+861088886666"],
    ["13800138000", "+8613800138000"],
    ["8613800138000", "+8613800138000"],
    ["１３９００１３９０００", "+8613900139000"],
    ["139 0013 9000", "+8613900139000"],
    ["01088886666", "+861088886666"],
    ["'+16175550100", "+16175550100"],
  ])("%s becomes %s", (raw, e164) => {
    expect(normalisePhone(raw, "CN")).toEqual({ ok: true, e164 });
  });

  it("refuses Excel's 1.38001E+10 as lossy instead of expanding it", () => {
    expect(normalisePhone("1.38001E+10", "CN")).toEqual({ ok: false, reason: "lossy" });
  });

  it("refuses a masked marketplace phone", () => {
    expect(normalisePhone("138****8001", "CN")).toEqual({ ok: false, reason: "masked" });
  });

  it("reads US numbers with the US default", () => {
    expect(normalisePhone("(212) 555-0199", "US")).toEqual({ ok: true, e164: "+12125550199" });
  });
});

describe("cleanCell strips spreadsheet text guards", () => {
  it.each([
    ['="3300086765322867266"', "3300086765322867266"],
    ["'13900000008", "13900000008"],
    ["`2021-01-28 17:07:11", "2021-01-28 17:07:11"],
    ["\t6930225533693579730", "6930225533693579730"],
  ])("%j becomes %s", (raw, clean) => expect(cleanCell(raw)).toBe(clean));
});
