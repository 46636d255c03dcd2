import { describe, expect, it } from "vitest";

import { addedNothing, countImports, listImports } from "@/lib/ingest/list-imports";
import { tempDatabase } from "@/lib/testing/temp-db";

import { fixture, importFile } from "./case-helpers";

const taobao = fixture("exports", "taobao_orders.csv");

describe("the import history", () => {
  it("pages newest first, and offers no rollback for an import that stored nothing", async () => {
    const { db, file } = tempDatabase();
    const first = await importFile(db, taobao, { source: "shop" });
    const again = await importFile(db, taobao, { source: "shop" });
    const third = await importFile(db,
      file("new.csv",
        "order id,email,date,amount,currency\nN-1,a@example.com,2026-03-01,1.00,CNY\n"),
      { source: "shop" });

    expect(countImports(db)).toBe(3);
    expect(listImports(db, { limit: 2 }).map((row) => row.id))
      .toEqual([third.importId, again.importId]);
    expect(listImports(db, { limit: 2, offset: 2 }).map((row) => row.id)).toEqual([first.importId]);
    expect(listImports(db, { limit: 2, offset: 4 })).toEqual([]);

    const [newest, reimport, oldest] = listImports(db);
    expect(reimport).toMatchObject({ recordsNew: 0, recordsExisting: 36 });
    expect([newest, reimport, oldest].map(addedNothing)).toEqual([false, true, false]);
    // An order refunded since is a change: rolling that import back restores the order.
    expect(addedNothing({ ...reimport, recordsUpdated: 1 })).toBe(false);
    // Only a finished import is rolled back at all.
    expect(addedNothing({ ...reimport, status: "failed" })).toBe(false);
  });
});
