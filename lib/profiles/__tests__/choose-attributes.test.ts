import { describe, expect, it } from "vitest";

import { chooseAttributes, readAttributes, type SourceRecord } from "../choose-attributes";

const records: SourceRecord[] = [
  { source: "shopify", recordId: 1, observedAt: "2026-01-10 09:00:00", attributes: { firstName: "Maya", lastName: "Lindqvist", city: "San Francisco", region: "CA", country: "US", tags: "vip" } },
  { source: "hubspot", recordId: 2, observedAt: "2026-03-01 12:00:00", attributes: { name: "Maya L.", gender: "F", country: "US" } },
  { source: "mailchimp", recordId: 3, observedAt: "2025-07-26 18:51:27", attributes: { name: "Maya Lindqvist", birthday: "3/15", tags: ['"vip"', '"newsletter"'] } },
  { source: "hubspot", recordId: 4, observedAt: "2025-01-01 00:00:00", attributes: { name: "M. Lindqvist" } },
];

describe("chooseAttributes", () => {
  it("shows the most recent non-empty value, and lists the latest from each source", () => {
    const choice = chooseAttributes(records, []);
    expect(choice.name.shown).toEqual({ source: "hubspot", value: "Maya L.", observedAt: "2026-03-01 12:00:00" });
    expect(choice.name.bySource.map((c) => [c.source, c.value])).toEqual([
      ["hubspot", "Maya L."],
      ["shopify", "Maya Lindqvist"],
      ["mailchimp", "Maya Lindqvist"],
    ]);
    expect(choice.gender.shown?.value).toBe("female");
    expect(choice.birthday.shown?.value).toBe("03-15");
  });

  it("a source ranked in the settings wins over a more recent one", () => {
    const choice = chooseAttributes(records, ["mailchimp", "shopify"]);
    expect(choice.name.shown?.source).toBe("mailchimp");
    expect(choice.tags.shown?.value).toEqual(["vip", "newsletter"]);
    // Mailchimp gave no location: the next ranked source's location is shown whole.
    expect(choice.location.shown?.value).toEqual({ city: "San Francisco", region: "CA", country: "US" });
  });

  it("takes a location whole: the newest record's country never meets an older city", () => {
    expect(chooseAttributes(records, []).location.shown).toMatchObject({
      source: "hubspot",
      value: { city: null, region: null, country: "US" },
    });
  });

  it("drops the invisible marks that reorder text, so a name shows as it was typed", () => {
    const read = readAttributes({ name: "Ann \u202Egnp.exe", city: "\u2067Berlin\u2069" });
    expect([read.name, read.location?.city]).toEqual(["Ann gnp.exe", "Berlin"]);
    expect(readAttributes({ name: "\u202E" }).name).toBeNull();
  });

  it("reads nothing from empty or missing values", () => {
    expect(readAttributes({ name: "  ", tags: [], gender: "" })).toEqual({
      name: null, gender: null, birthday: null, location: null, tags: null,
    });
    expect(chooseAttributes([], []).name).toEqual({ shown: null, bySource: [] });
  });
});
