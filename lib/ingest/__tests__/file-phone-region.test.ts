import { describe, expect, it } from "vitest";

import { filePhoneRegion } from "@/lib/ingest/file-phone-region";

const columns = { email: [0], phone: [1] };

describe("the region a file's national phone numbers are read in", () => {
  it("is the settings' region while it reads at least half of them", () => {
    const rows = [["ann@example.com", "(415) 555-0134"], ["bo@example.com", "13800138000"]];
    expect(filePhoneRegion(rows, columns, undefined, "US")).toBe("US");
  });

  it("is the region that reads them otherwise, the emails' country domain deciding between plans", () => {
    const french = [["claire@example.fr", "06 45 67 89 01"], ["luc@example.fr", "07 81 23 45 67"]];
    expect(filePhoneRegion(french, columns, undefined, "US")).toBe("FR");
    const german = [["jan@example.de", "030 1234567"], ["eva@example.de", "0171 2345678"]];
    expect(filePhoneRegion(german, columns, undefined, "US")).toBe("DE");
    const chinese = [["wang@example.cn", "138 0013 8000"], ["li@example.com", "13900139000"]];
    expect(filePhoneRegion(chinese, columns, undefined, "US")).toBe("CN");
  });

  it("is the one said for the file, and the settings' when nothing reads the numbers", () => {
    const french = [["claire@example.fr", "06 45 67 89 01"]];
    expect(filePhoneRegion(french, columns, "BE", "US")).toBe("BE");
    expect(filePhoneRegion([["x@example.com", "12"]], columns, undefined, "US")).toBe("US");
    expect(filePhoneRegion([["x@example.com", ""]], columns, undefined, "GB")).toBe("GB");
  });
});
