import { describe, expect, it } from "vitest";

import { en } from "@/lib/i18n/messages/en";
import { zhCN } from "@/lib/i18n/messages/zh-CN";
import { fieldNames } from "@/lib/ingest/field-names";
import type { ImportProblem } from "@/lib/ingest/import-problem";
import { tempDatabase } from "@/lib/testing/temp-db";

import { importFile } from "./case-helpers";

describe("missing fields in the reader's words", () => {
  it("names each field, alternatives joined by the language's 'or', non-keys as written", () => {
    const keys = "orderedAt, amount, customerId|email|phone";
    expect(fieldNames(keys, en.imports.fields, en.imports.fieldOr))
      .toBe("Order date, Amount, Customer id (in this source) or Email or Phone");
    expect(fieldNames(keys, zhCN.imports.fields, zhCN.imports.fieldOr))
      .toBe("下单时间, 金额, 客户 ID（本来源内）或邮箱或手机号");
    const signature = "a column “Order ID”";
    expect(fieldNames([signature], en.imports.fields, en.imports.fieldOr)).toBe(signature);
  });

  it("a problem carries field keys; the closest presets say what they lack in words", async () => {
    const { db, file } = tempDatabase();
    const names = file("names.csv", "Name,Email\nAda,ada@example.com\n");
    const given = await importFile(db, names, { preset: "orders-csv" })
      .catch((fault: ImportProblem) => fault);
    expect((given as ImportProblem).params.missing).toBe("orderedAt, amount");

    const odd = await importFile(db, file("odd.csv", "foo,bar\n1,2\n"))
      .catch((fault: ImportProblem) => fault);
    expect((odd as ImportProblem).params.closest).toContain(
      "orders-csv (0/2 columns known; lacks Order date, Amount, " +
        "Customer id (in this source) or Email or Phone)");
  });
});
