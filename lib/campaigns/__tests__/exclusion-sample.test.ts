import { describe, expect, it } from "vitest";

import { exclusionSample } from "@/lib/campaigns/audience/exclusion-sample";
import type { ResolvedAudience } from "@/lib/campaigns/audience/resolve-audience";

const person = (profileId: number, known: { name?: string; email?: string; ext?: string }) => ({
  profileId,
  name: known.name ?? null,
  externalIds: known.ext ? [known.ext] : [],
  facts: { emails: known.email ? [{ value: known.email }] : [], phones: [] },
});

describe("the people a campaign leaves out, as its page names them", () => {
  it("by name, else address, else a source's own id, which it marks for the page to word", () => {
    const people = [person(1, { name: "Ada", ext: "cdnow:00001" }),
      person(2, { email: "bo@example.com", ext: "cdnow:00002" }), person(3, { ext: "cdnow:00003" }),
      person(4, {})];
    const audience = {
      people: new Map(people.map((p) => [p.profileId, p])),
      exclusions: people.map((p) => ({ profileId: p.profileId, targetId: 1, variantId: 1,
        holdout: false, step: "recent_buyer", reason: "recent_buyer", since: 10_000 })),
    } as unknown as ResolvedAudience;
    expect(exclusionSample(audience, 5).map(({ label, sourceId }) => [label, sourceId])).toEqual([
      ["Ada", false], ["bo@example.com", false], ["cdnow:00003", true], ["4", false],
    ]);
    expect(exclusionSample(audience, 2)).toHaveLength(2);
  });
});
