import fs from "node:fs";

import { describe, expect, it } from "vitest";

import { ImportProblem } from "@/lib/ingest/import-problem";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, fixture, importFile } from "./case-helpers";

// A document that quotes an export's header (FORMATS.md beside the shared fixtures does): the
// quoted line looks like a Stripe header, the lines under it are prose.
const stripeHeader = fs.readFileSync(fixture("exports", "stripe_payments.csv"), "utf8").split("\n")[0];
const document = `# Channel exports admins upload

## 5. Stripe – Payments export (A)
- **File**: \`unified_payments.csv\` (Dashboard › Payments › Export). Columns are user-selectable, but the defaults look like this.
- **Header** (legacy full default):
  \`${stripeHeader}\`
  The newer unified export renames \`Created (UTC)\` to **\`Created date (UTC)\`**, adds \`Is Link\`, \`Application Fee\`, \`Taxes On Fee\`.
- **Rows**: one per charge or payment attempt (failed attempts included, with \`Status=Failed\`, \`Captured=false\`).
- **Identity**: \`Customer ID\` (\`cus_…\`), \`Customer Email\`, \`Card Name\`, \`Card Fingerprint\` (stable per card), plus metadata.
- **Money**: **major units** with a dot (\`19.00\`), not cents; \`Currency\` is lowercase (\`usd\`). Net = \`Amount\` − \`Amount Refunded\`.
- **Dates**: UTC, \`YYYY-MM-DD HH:MM\` (legacy) or \`YYYY-MM-DD HH:MM:SS\`.

| file | data row | what | amount |
|---|---|---|---|
| stripe_payments.csv | 21 | charge Workshop seat (Refunded) | 0.00 USD |
`;

describe("recognition needs the rows under a header to read as the preset's data", () => {
  it("does not take a Markdown document quoting a Stripe header for a Stripe export, and names the near miss", async () => {
    const { db, file } = tempDatabase();
    const error = await importFile(db, file("FORMATS.md", document), { dryRun: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportProblem);
    expect((error as ImportProblem).code).toBe("unrecognised");
    expect((error as ImportProblem).params.closest).toMatch(/^stripe-payments \(a row looks like its header, but the rows under it hold too few readable Created \(UTC\), Amount/);
  });

  it("still recognises every real export (Shopify's line-item rows leave the total blank)", async () => {
    const { db } = tempDatabase();
    for (const name of ["shopify_orders.csv", "stripe_payments.csv", "wechatpay_trade_bill.csv", "mailchimp_subscribed_members.csv"]) {
      const summary = await importFile(db, fixture("exports", name), { dryRun: true });
      expect(summary.rowsRejected).toBe(0);
    }
  });

  it("still takes a real export whose first rows are mostly broken, and rejects only those rows", async () => {
    const { db, file } = tempDatabase();
    const [header, good] = fs.readFileSync(fixture("exports", "stripe_payments.csv"), "utf8").split("\n");
    const broken = (amount: string) => good.replace(",60.00,0.00,usd,", `,${amount},0.00,usd,`)
      .replace("ch_30b1", `ch_${amount.length}${amount.charCodeAt(0)}`);
    const rows = [broken("n/a"), good, broken("--"), good.replace("ch_30b1", "ch_4444"), broken("TBD")];
    const summary = await importFile(db, file("payments.csv", [header, ...rows].join("\n")), { dryRun: true });
    expect(summary).toMatchObject({ preset: "stripe-payments", rowsRead: 5, rowsRejected: 3, recordsNew: 2 });
  });

  it("writes nothing when every row of a file is rejected, and says so", async () => {
    const { db, file } = tempDatabase();
    const summary = await importFile(db, file("FORMATS.md", document), { preset: "stripe-payments" });
    expect(summary).toMatchObject({ everyRowRejected: true, importId: null, recordsNew: 0 });
    expect(summary.rowsRejected).toBeGreaterThan(0);
    expect(count(db, "SELECT count(*) FROM imports")).toBe(0);
    expect(count(db, "SELECT count(*) FROM import_errors")).toBe(0);
  });
});
