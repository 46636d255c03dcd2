import { describe, expect, it } from "vitest";

import { sameSitePath, signInReturningTo } from "../return-path";

describe("the page a sign-in returns to", () => {
  it("is a path of this site, or the overview", () => {
    expect(sameSitePath("/segments/18?tab=rules")).toBe("/segments/18?tab=rules");
    for (const elsewhere of ["//evil.example", "/\\evil.example", "https://evil.example", "evil", "", null,
      undefined]) {
      expect(sameSitePath(elsewhere)).toBe("/");
    }
  });

  it("goes into the sign-in link, which the overview needs no return for", () => {
    expect(signInReturningTo("/segments/18")).toBe("/login?callbackUrl=%2Fsegments%2F18");
    expect(signInReturningTo("/")).toBe("/login");
    expect(signInReturningTo(null)).toBe("/login");
    expect(signInReturningTo("//evil.example")).toBe("/login");
  });
});
