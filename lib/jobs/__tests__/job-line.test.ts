import { describe, expect, it } from "vitest";

import { JobLine } from "../job-line";

describe("JobLine", () => {
  it("runs one job at a time, in the order they came", () => {
    const line = new JobLine();
    const started: string[] = [];
    for (const id of ["a", "b", "c"]) line.add(id, () => started.push(id));
    expect(started).toEqual(["a"]);
    expect([line.ahead("a"), line.ahead("b"), line.ahead("c")]).toEqual([0, 1, 2]);

    line.ended("b"); // not running: changes nothing
    expect(started).toEqual(["a"]);
    line.ended("a");
    expect(started).toEqual(["a", "b"]);
    expect(line.ahead("c")).toBe(1);
    line.ended("b");
    expect(started).toEqual(["a", "b", "c"]);
    line.ended("c");
    line.add("d", () => started.push("d"));
    expect(started.at(-1)).toBe("d");
  });

  it("lets a waiting job leave the line, and the ones behind it move up", () => {
    const line = new JobLine();
    const started: string[] = [];
    for (const id of ["a", "b", "c"]) line.add(id, () => started.push(id));
    expect(line.withdraw("a")).toBe(false); // already running
    expect(line.withdraw("b")).toBe(true);
    expect(line.ahead("c")).toBe(1);
    line.ended("a");
    expect(started).toEqual(["a", "c"]);
  });
});
