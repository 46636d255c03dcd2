import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";

import { sniffEncoding } from "@/lib/ingest/read/sniff-encoding";
import { previewFile } from "@/lib/ingest/preview-file";
import { tempDatabase } from "@/lib/testing/temp-db";

import { importFile } from "./case-helpers";

const header = "order_id,email,name,total,currency,order_date\n";
const asciiRows = (n: number) =>
  Array.from({ length: n }, (_, i) => `A${i},a${i}@example.com,Ann ${i},1.00,USD,2026-02-01\n`).join("");

describe("files in a legacy code page", () => {
  it("tells Windows-1252 (a lone byte per accented letter) from GB18030 (bytes in runs)", () => {
    expect(sniffEncoding(iconv.encode("Name;Stadt\nJürgen Müller;Köln\nGrüße Weiß;Nîmes\n", "windows-1252")))
      .toBe("windows-1252");
    expect(sniffEncoding(iconv.encode("姓名,城市\n刘䶮,广州\n王芳,北京\n", "gb18030"))).toBe("gb18030");
    expect(sniffEncoding(Buffer.from("Name\nJürgen\n"))).toBe("utf-8");
  });

  it("looks past an ASCII start for the encoding of the rows further down", () => {
    const head = Buffer.from("name\nAnn\n");
    const later = iconv.encode("x\n刘䶮,广州\n", "gb18030");
    expect(sniffEncoding(head, [later.subarray(1)])).toBe("gb18030");
    expect(sniffEncoding(head, [Buffer.from([0x80, 0x80, 0x41, 0x42])])).toBe("utf-8");
  });

  it("imports a German Excel CSV with its umlauts, detected and offered as Windows-1252", async () => {
    const { db, file } = tempDatabase();
    const contacts = file("kontakte.csv", iconv.encode("email,name,city\nmueller@example.de,Jürgen Müller,Köln\n" +
      "weiss@example.de,Grüße Weiß,Zürich\n", "windows-1252"));
    expect((await previewFile(db, { file: contacts })).encoding).toBe("windows-1252");
    expect(await importFile(db, contacts, { source: "crm" })).toMatchObject({ encoding: "windows-1252",
      recordsNew: 2, rowsWarned: 0 });
    const names = db.$client.prepare("SELECT json_extract(attributes, '$.name') FROM contact_records ORDER BY id")
      .pluck().all();
    expect(names).toEqual(["Jürgen Müller", "Grüße Weiß"]);
  });

  it("reads GBK names 10,000 ASCII rows in, and warns of bytes the chosen encoding cannot read", async () => {
    const { db, file } = tempDatabase();
    const late = file("late.csv", Buffer.concat([Buffer.from(header + asciiRows(10_000)),
      iconv.encode("B1,liu@example.cn,刘䶮,2.00,USD,2026-02-02\n", "gb18030")]));
    const found = await importFile(db, late, { source: "pos" });
    expect(found).toMatchObject({ encoding: "gb18030", rowsWarned: 0, recordsNew: 10_001 });

    const { db: second } = tempDatabase();
    const forced = await importFile(second, late, { source: "pos", encoding: "utf-8" });
    expect(forced).toMatchObject({ rowsWarned: 1, recordsNew: 10_001 });
    expect(forced.issues).toEqual([{ row: 10_002, column: "name", value: "\uFFFD\uFFFD\uFFFD\uFFFD",
      reason: "undecoded_bytes", level: "warning" }]);
    const stored = second.$client.prepare("SELECT count(*) FROM contact_records WHERE attributes LIKE '%\uFFFD%'")
      .pluck().get();
    expect(stored).toBe(0);
  });
});
