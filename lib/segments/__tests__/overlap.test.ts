import { describe, expect, it } from "vitest";

import { overlapMatrix } from "../overlap-matrix";
import { overlapSegments, regionMembers } from "../query/overlap-segments";
import { handBuiltDatabase, people } from "./fixtures/hand-built";

describe("segments: overlap of saved segments", () => {
  it("counts each Venn region and the shared customers of every pair (hand-built data)", () => {
    const db = handBuiltDatabase();
    const save = (name: string, children: unknown[]) =>
      Number(
        db.$client
          .prepare("INSERT INTO segments (name, rule) VALUES (?, ?)")
          .run(name, JSON.stringify({ type: "group", match: "all", children })).lastInsertRowid,
      );
    // A: Alice, Eve (上海). B: Alice, Bob, Carol, Eve (2+ orders). C: Carol, Dan (a ticket).
    const a = save("Shanghai", [{ type: "text", field: "city", op: "is", values: ["上海"] }]);
    const b = save("Repeat", [{ type: "number", field: "orders", op: "gte", value: 2 }]);
    const c = save("Ticket", [{ type: "tickets", op: "gte", value: 1, window: { kind: "any" } }]);

    const { segments, regions } = overlapSegments(db, { ids: [a, b, c] });
    expect(segments.map((s) => s.name)).toEqual(["Shanghai", "Repeat", "Ticket"]);
    // Bob only B (2); Alice, Eve in A and B (1+2); Carol in B and C (2+4); Dan only C (4).
    expect(regions).toEqual([
      { mask: 2, customers: 1 },
      { mask: 3, customers: 2 },
      { mask: 4, customers: 1 },
      { mask: 6, customers: 1 },
    ]);

    const shaped = overlapMatrix(3, regions);
    expect(shaped.sizes).toEqual([2, 4, 2]);
    expect(shaped.matrix).toEqual([
      [2, 2, 0],
      [2, 4, 1],
      [0, 1, 2],
    ]);
    expect(shaped.regions.map((r) => r.members)).toEqual([[1], [0, 1], [2], [1, 2]]);

    const both = regionMembers(db, { ids: [a, b, c], mask: 3, limit: 10 }).map((row) => row.id);
    expect(both.sort()).toEqual([people.alice, people.eve]);
  });
});
