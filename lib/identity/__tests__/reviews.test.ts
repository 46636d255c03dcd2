import { describe, expect, it } from "vitest";

import { tempDatabase } from "@/lib/testing/temp-db";

import { externalId } from "../identifier";
import { resolveIdentities } from "../resolve";
import { identityOverview, keepApart, listReviews } from "../reviews";
import { seedImport } from "./seed-records";

const home = { kind: "email" as const, value: "home@example.com" };
const family = [
  { keys: [externalId("crm", "1"), home, { kind: "phone" as const, value: "+14155550101" }] },
  { keys: [externalId("crm", "2"), home, { kind: "phone" as const, value: "+14155550102" }] },
];

describe("review cases", () => {
  it("lists the held family email with the two profiles it would have joined, named by their phones", () => {
    const { db } = tempDatabase();
    seedImport(db, "crm", family);
    resolveIdentities(db);
    const [review] = listReviews(db, { includeDecided: false });
    expect(review).toMatchObject({
      rule: "shared",
      identifier: { kind: "email", value: "home@example.com" },
      other: null,
      detail: { groups: 2, limit: 1 },
      status: "open",
    });
    expect(review.profiles.map((p) => p.label)).toEqual(["+14155550101", "+14155550102"]);
    expect(identityOverview(db).counts).toEqual({ profiles: 3, open: 1, held: 1, blocked: 0 });
  });

  it("keeps a decision through later resolutions of the same case", () => {
    const { db } = tempDatabase();
    seedImport(db, "crm", family);
    resolveIdentities(db);
    const [review] = listReviews(db, { includeDecided: false });
    expect(keepApart(db, { reviewId: review.id, by: "manager@strata.local" })).toBe(true);
    expect(listReviews(db, { includeDecided: false })).toEqual([]);

    resolveIdentities(db, { full: true });
    expect(listReviews(db, { includeDecided: true })).toMatchObject([{ id: review.id, status: "kept_apart", decidedBy: "manager@strata.local" }]);
  });
});
