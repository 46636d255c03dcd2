import { describe, expect, it } from "vitest";

import { previewFile } from "@/lib/ingest/preview-file";
import { tempDatabase } from "@/lib/testing/temp-db";

import { mulberry32 } from "../../../bench/seeded-random";

import { count, importFile } from "./case-helpers";

/** Bytes as an image or an archive holds them, the same every run. */
function binaryJunk(size: number): Buffer {
  const random = mulberry32(7);
  return Buffer.from(Array.from({ length: size }, () => Math.floor(random() * 256)));
}

describe("a file with no table in it", () => {
  it("says a file of binary bytes is not text, whatever encoding would decode it", async () => {
    const { db, file } = tempDatabase();
    const junk = file("photo.csv", binaryJunk(4096));
    await expect(importFile(db, junk)).rejects.toThrow("not_text");
    for (const encoding of [undefined, "gb18030", "utf-16le"] as const) {
      const preview = await previewFile(db, { file: junk, encoding });
      expect(preview.problem?.code).toBe("not_text");
      expect(preview.headers).toEqual([]);
    }
    expect(count(db, "SELECT count(*) FROM imports")).toBe(0);
  });

  it("says so when a wrong encoding makes text look binary, and names the one detected", async () => {
    const { db, file } = tempDatabase();
    const text = "order_id,email,created_at,total\nA1,a@example.com,2024-01-02,5.00\n".repeat(4);
    const utf16 = file("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const wrong = await previewFile(db, { file: utf16, encoding: "utf-8" });
    expect(wrong).toMatchObject({ problem: { code: "not_text" }, encoding: "utf-8", detectedEncoding: "utf-16le" });
    expect((await previewFile(db, { file: utf16 })).problem).toBeNull();
  });

  it("says a file of only a header has no rows, and a blank file holds none", async () => {
    const { db, file } = tempDatabase();
    const header = file("header.csv", "order_id,email,created_at,total\n");
    await expect(importFile(db, header)).rejects.toThrow("no_rows");
    expect((await previewFile(db, { file: header })).problem?.code).toBe("no_rows");
    // Columns no preset knows, and no date among them: still a header with nothing under it.
    const unknown = file("leer.csv", "Kundennummer;Vorname;Nachname\n");
    expect((await previewFile(db, { file: unknown })).problem?.code).toBe("no_rows");
    const blank = file("blank.csv", "\n\n");
    expect((await previewFile(db, { file: blank })).problem?.code).toBe("empty_file");
  });

  it("reads a short file with a stray control character as text", async () => {
    const { db, file } = tempDatabase();
    const stray = file("stray.csv", "order_id,email,created_at,total\nA1,a@example.com,2024-01-02,5.00\u0007\n");
    expect((await previewFile(db, { file: stray })).problem).toBeNull();
  });
});
