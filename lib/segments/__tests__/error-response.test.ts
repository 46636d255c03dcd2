import { describe, expect, it } from "vitest";

import { SegmentNotFoundError } from "../errors";
import { errorResponse } from "../http";

describe("errorResponse", () => {
  it("answers SQLite's lock (another process's import writing) as busy, to try again", async () => {
    const locked = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    const response = errorResponse(locked);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: "busy" });
  });

  it("still answers a missing segment as not found", async () => {
    const response = errorResponse(new SegmentNotFoundError(7));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "not_found" });
  });
});
