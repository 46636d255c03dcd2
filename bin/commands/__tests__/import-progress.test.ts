import { describe, expect, it } from "vitest";

import type { ImportProgress } from "@/lib/ingest/run-import";

import { progressWriter } from "../import-progress";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } as unknown as NodeJS.WriteStream };
}

const at = (phase: ImportProgress["phase"], rowsRead: number): ImportProgress =>
  ({ phase, rowsRead, bytesRead: 0, totalBytes: 0, rowsPerSecond: 0 });

describe("import progress on stderr", () => {
  it("writes one plain line per phase when stderr is not a terminal", () => {
    const { written, stream: out } = stream(false);
    const progress = progressWriter(out, true);
    for (const step of [at("reading", 10), at("reading", 34), at("resolving", 34), at("metrics", 34)]) progress.show(step);
    progress.done();
    expect(written).toEqual([
      "dry run: 10 rows read, reading…\n",
      "dry run: 34 rows read, matching customers…\n",
      "dry run: 34 rows read, computing what would change…\n",
    ]);
    expect(written.join("")).not.toMatch(/[\r\x1b]/);
  });

  it("redraws one line on a terminal and clears it at the end", () => {
    const { written, stream: out } = stream(true);
    const progress = progressWriter(out, false);
    progress.show(at("metrics", 5));
    progress.done();
    expect(written).toEqual(["\r5 rows read, updating metrics…\x1b[K", "\r\x1b[K"]);
  });
});
