import { describe, expect, it } from "vitest";

import { hashEmailForMatch, hashPhoneForMatch } from "@/lib/campaigns/exports/customer-match";

// Digests computed outside the code under test: printf '%s' <value> | sha256sum
const digests = {
  "alice.wong@example.com": "7c92c744abe2910229407c3f29b15aff024b9f14e74fc148cfa3b509f918122d",
  "li.na@example.com": "2df6ace21e6b4e887bed4927c50aa7860c82d52706644899c684a89e2a932159",
  "+8613500135000": "33b1c73aec1a8199e0c7e8e5ddf30c0ab3f738132b43ce193b963a4402c86421",
  "+14155550134": "e80ac8e3eca883c7344a609f3532e3f70365f5c1facd204f88f5d2c7caebac38",
};

describe("customer-match hashing", () => {
  it("hashes the trimmed, lower-cased email", () => {
    expect(hashEmailForMatch("alice.wong@example.com")).toBe(digests["alice.wong@example.com"]);
    expect(hashEmailForMatch(" Li.Na@Example.com ")).toBe(digests["li.na@example.com"]);
  });

  it("hashes the E.164 phone with its plus sign and country code", () => {
    expect(hashPhoneForMatch("+8613500135000")).toBe(digests["+8613500135000"]);
    expect(hashPhoneForMatch("+1 415-555-0134")).toBe(digests["+14155550134"]);
  });

  it("refuses values that could never match rather than hashing them", () => {
    expect(hashEmailForMatch("not-an-email")).toBeNull();
    expect(hashPhoneForMatch("13500135000")).toBeNull(); // no country code
  });
});
