import { describe, expect, it } from "vitest";

import { sourceIdLabel, sourceIdOfLabel } from "../source-id-label";

const names = { "wechat-pay": "微信支付", cdnow: "CDNOW" };

describe("a customer known only by a source's id", () => {
  it("is named by the source and the id, a long token cut short", () => {
    expect(sourceIdLabel("wechat-pay:oQx3p0Zk9aBcDeFgHiJkLmNoPqRs", "{source}客户 {id}", names))
      .toBe("微信支付客户 oQx3p0Zk9a…");
    expect(sourceIdLabel("cdnow:16067", "{source} customer {id}", names)).toBe("CDNOW customer 16067");
  });

  it("keeps an unknown source's key, and a value without one as it is", () => {
    expect(sourceIdLabel("kasse:K-17", "{source} customer {id}", names)).toBe("kasse customer K-17");
    expect(sourceIdLabel("plain", "{source} customer {id}", names)).toBe("plain");
  });

  it("is found again by its name as shown, in either language", () => {
    expect(sourceIdOfLabel("CDNOW customer 07592", "{source} customer {id}", names))
      .toBe("cdnow:07592");
    expect(sourceIdOfLabel("  cdnow Customer 07592 ", "{source} customer {id}", names))
      .toBe("cdnow:07592");
    expect(sourceIdOfLabel("CDNOW客户 07592", "{source}客户 {id}", names)).toBe("cdnow:07592");
    // A token shown cut short is looked for by its start.
    expect(sourceIdOfLabel("微信支付客户 oQx3p0Zk9a…", "{source}客户 {id}", names))
      .toBe("wechat-pay:oQx3p0Zk9a");
    for (const other of ["Acme customer 12", "ada@example.com", "customer 12", "07592"]) {
      expect(sourceIdOfLabel(other, "{source} customer {id}", names)).toBeNull();
    }
  });
});
