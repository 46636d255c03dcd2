import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { importProcessEnv } from "@/lib/ingest/import-process-env";

describe("the import process's environment", () => {
  it("is the same for `npm run strata` as for the web server's import jobs", () => {
    const scripts = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts as Record<string, string>;
    for (const [name, value] of Object.entries(importProcessEnv)) {
      expect(scripts.strata.startsWith(`${name}=${value} node `)).toBe(true);
    }
  });
});
