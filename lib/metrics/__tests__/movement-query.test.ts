import { describe, expect, it } from "vitest";

import { chosenPeriods, movementQuery } from "@/lib/metrics/snapshots/movement-query";

const months = ["1997-01", "1997-02", "1997-03", "1997-04", "1997-05", "1997-06"]
  .map((key, position) => ({ position, key, startDay: 0, endDay: 0 }));
const ask = (from?: string, to?: string) => movementQuery.parse({ from, to });

describe("the periods the movement page compares", () => {
  it("takes the asked ones, forward in time whichever way they were asked", () => {
    const forward = { from: "1997-02", to: "1997-05" };
    expect(chosenPeriods(months, ask("1997-02", "1997-05"))).toEqual(forward);
    expect(chosenPeriods(months, ask("1997-05", "1997-02"))).toEqual(forward);
  });

  it("falls back to a year before the latest, or the first when there is less", () => {
    expect(chosenPeriods(months, ask())).toEqual({ from: "1997-01", to: "1997-06" });
    expect(chosenPeriods(months, ask("1990-01", "1997-03")))
      .toEqual({ from: "1997-01", to: "1997-03" });
  });
});
