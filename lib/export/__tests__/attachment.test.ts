import { describe, expect, it } from "vitest";

import { attachment } from "../attachment";

describe("download names", () => {
  it("give the name in the user's language as UTF-8, with an ASCII fallback", () => {
    expect(attachment("试运行错误.csv", "dry-run-errors.csv"))
      .toBe("attachment; filename=\"dry-run-errors.csv\"; " +
        "filename*=UTF-8''%E8%AF%95%E8%BF%90%E8%A1%8C%E9%94%99%E8%AF%AF.csv");
  });

  it("encode the characters RFC 5987 reserves", () => {
    expect(attachment("Mum's (best)*.csv", "segment-3.csv"))
      .toBe("attachment; filename=\"segment-3.csv\"; filename*=UTF-8''Mum%27s%20%28best%29%2A.csv");
  });

  it("keep quotes and other scripts out of the fallback", () => {
    expect(attachment("VIP \"2026\".csv", "VIP \"2026\" 客户.csv"))
      .toBe("attachment; filename=\"VIP _2026_ __.csv\"; filename*=UTF-8''VIP%20%222026%22.csv");
  });
});
