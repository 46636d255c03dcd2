import { describe, expect, it } from "vitest";

import { IdList } from "../id-list";

describe("id lists", () => {
  it("come out once each, ascending, however often and in whatever order they were added", () => {
    const changed = new IdList();
    for (const id of [5e15, 3, 5e15, 1, 3]) changed.add(id);
    expect([...changed.distinct()]).toEqual([1, 3, 5e15]);
  });

  it("keep every id past the first thousand", () => {
    const changed = new IdList();
    for (let id = 3000; id > 0; id--) changed.add(id % 2500);
    const distinct = changed.distinct();
    expect(distinct.length).toBe(2500);
    expect([distinct[0], distinct[2499]]).toEqual([0, 2499]);
  });
});
