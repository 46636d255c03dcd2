import { describe, expect, it } from "vitest";

import { previewFile } from "@/lib/ingest/preview-file";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, fixture, importFile } from "./case-helpers";

const odd = "Kunde;Betrag;Datum;Mail\nK-1;1.234,50 €;03.04.2024;anna@example.de\nK-2;12,00 €;15.04.2024;ben@example.de\n";

describe("preview before import", () => {
  it("shows a GBK export decoded, recognised, with each value as it will be read", async () => {
    const { db } = tempDatabase();
    const preview = await previewFile(db, { file: fixture("exports", "taobao_orders.csv") });
    expect(preview).toMatchObject({ encoding: "gb18030", detectedEncoding: "gb18030", recognised: { preset: "taobao-orders", generic: false,
      reads: { currency: "CNY", phoneRegion: "CN", dayOrder: null } } });
    expect(preview.text).toContain("订单编号,买家会员名");
    const phone = preview.headers.indexOf("联系手机");
    expect(preview.rows[0][phone]).toBe("'13900000008");
    expect(preview.parsed[0][phone]).toEqual({ value: "+8613900000008", ok: true });
  });

  it("reads a Shopify line item in its order's currency; no day order for a file without dates",
    async () => {
    const { db } = tempDatabase();
    const shopify = await previewFile(db, { file: fixture("exports", "shopify_orders.csv") });
    const price = shopify.headers.indexOf("Lineitem price");
    // #1043's second row leaves Currency blank: it is the order's, as the import reads it.
    expect(shopify.rows[2][0]).toBe("#1043");
    expect(shopify.rows[2][shopify.headers.indexOf("Currency")]).toBe("");
    expect(shopify.parsed[2][price]).toEqual({ value: "38.00 USD", ok: true,
      money: { minor: 3800, currency: "USD" } });

    const hubspot = await previewFile(db,
      { file: fixture("cases", "02-bom-and-utf16", "hubspot_contacts_utf8bom.csv") });
    expect(hubspot.recognised?.preset).toBe("hubspot-contacts");
    expect(hubspot.recognised?.reads.dayOrder).toBeNull();
  });

  it("marks a consent column's values as statuses, for the page to name in the reader's language", async () => {
    const { db, file } = tempDatabase();
    const contacts = file("newsletter.csv", "Email,Newsletter\nanna@example.com,yes\nben@example.com,Unsubscribed\n" +
      "cleo@example.com,maybe\n");
    const mapping = { kind: "contact" as const, columns: { email: ["Email"], emailConsent: ["Newsletter"] } };
    const preview = await previewFile(db, { file: contacts, mapping });
    expect(preview.parsed.map((row) => row[1])).toEqual([
      { value: "subscribed", ok: true, consent: true },
      { value: "unsubscribed", ok: true, consent: true },
      { value: "maybe", ok: false },
    ]);
  });

  it("shows the mojibake when the admin overrides the encoding", async () => {
    const { db } = tempDatabase();
    const preview = await previewFile(db, { file: fixture("exports", "taobao_orders.csv"), encoding: "utf-8" });
    expect(preview.text).toContain("\uFFFD");
  });

  it("suggests a field per column for a file no preset knows, and reads it through the mapping", async () => {
    const { db, file } = tempDatabase();
    const input = file("kunden.csv", odd);
    const first = await previewFile(db, { file: input });
    expect(first).toMatchObject({ recognised: null, kind: "order", delimiter: ";", problem: { code: "unrecognised" } });
    expect(first.fields).toEqual([null, "amount", "orderedAt", "email"]);
    // Headers no vendor preset knows: the generic presets are the ones to start a mapping from.
    const generic = ["contacts-csv", "events-csv", "orders-csv"];
    expect(first.candidates.map((c) => c.preset).sort()).toEqual(generic);
    const unknown = await previewFile(db, { file: file("odd.csv", "foo,bar,baz\n1,2,3\n") });
    const ranked = ["orders-csv", "contacts-csv", "events-csv"];
    expect(unknown.candidates.map((c) => c.preset)).toEqual(ranked);

    const mapping = { kind: "order" as const, columns: { customerId: ["Kunde"], amount: ["Betrag"], orderedAt: ["Datum"], email: ["Mail"] } };
    const mapped = await previewFile(db, { file: input, mapping });
    expect(mapped).toMatchObject({ problem: null, dayOrder: "dmy", fields: ["customerId", "amount", "orderedAt", "email"] });
    expect(mapped.parsed[0].map((cell) => cell?.value)).toEqual(["K-1", "1234.50 EUR", "2024-04-03", "anna@example.de"]);
  });

  it("keeps the day-order question of a file whose dates read either way, answered or not", async () => {
    const { db, file } = tempDatabase();
    const either = file("commandes.csv", "order_id,email,date,total,currency\n" +
      "F-1,a@example.fr,03/04/2025,10.00,EUR\nF-2,b@example.fr,05/06/2025,12.00,EUR\n");
    const dateAt = 2;
    const unsaid = await previewFile(db, { file: either });
    // The question quotes the file's first such date, as written.
    expect(unsaid)
      .toMatchObject({ dayOrder: "ask", dayOrderAsked: true, dayOrderExample: "03/04/2025" });
    await expect(importFile(db, either))
      .rejects.toMatchObject({ code: "ask_day_order", params: { example: "03/04/2025" } });
    const dayFirst = await previewFile(db, { file: either, dayOrder: "dmy" });
    expect(dayFirst).toMatchObject({ dayOrder: "dmy", dayOrderAsked: true });
    expect(dayFirst.parsed[0][dateAt]?.value).toBe("2025-04-03");
    const monthFirst = await previewFile(db, { file: either, dayOrder: "mdy" });
    expect(monthFirst.parsed[0][dateAt]?.value).toBe("2025-03-04");
    const told = file("orders.csv", "order_id,email,date,total,currency\nF-1,a@example.fr,25/04/2025,10.00,EUR\n");
    const toldPreview = await previewFile(db, { file: told });
    expect(toldPreview).toMatchObject({ dayOrder: "dmy", dayOrderAsked: false });
    // An amount without a mark is shown in its row's currency, as the import books it.
    expect(toldPreview.parsed[0][3]?.value).toBe("10.00 EUR");
  });

  it("asks a mapped order file with no currency column for one, and reads amounts in it", async () => {
    const { db, file } = tempDatabase();
    const plain = file("kasse.csv", "Ref;Kunde;Betrag;Datum\n" +
      "R-1;anna@example.de;1.279,60;09.03.2026\nR-2;ben@example.de;12,00;15.04.2026\n");
    const columns = {
      orderId: ["Ref"], email: ["Kunde"], amount: ["Betrag"], orderedAt: ["Datum"],
    };
    const unsaid = await previewFile(db, { file: plain, mapping: { kind: "order", columns } });
    // An empty database reports in USD: the amounts are read in it unless the admin says otherwise.
    expect(unsaid.currency).toEqual({ chosen: null, unstated: "USD" });
    // A mapping with no columns yet (the admin picked another kind) gets that kind's suggestions.
    const bare = await previewFile(db, { file: plain, mapping: { kind: "order", columns: {} } });
    expect(bare.fields).toEqual(["orderId", "email", "amount", "orderedAt"]);
    // Mapped, it is still a file no preset knows: the closest ones stay named.
    expect(unsaid.candidates.map((c) => c.preset)).toContain("orders-csv");
    const inEuros = { kind: "order" as const, columns, currency: "EUR" };
    const said = await previewFile(db, { file: plain, mapping: inEuros });
    expect(said.currency).toEqual({ chosen: "EUR", unstated: "USD" });

    // A mapped file names its source: records are keyed by it.
    await expect(importFile(db, plain, { mapping: inEuros, dayOrder: "dmy" })).rejects.toThrow("source_needed");
    // Nor is its currency assumed: a euro file stored as dollars is wrong in every report.
    const unsaidImport = importFile(db, plain, { mapping: { kind: "order", columns }, dayOrder: "dmy", source: "till" });
    await expect(unsaidImport).rejects.toThrow("currency_needed");
    await importFile(db, plain, { mapping: inEuros, dayOrder: "dmy", source: "till" });
    expect(count(db, "SELECT count(*) FROM orders WHERE currency = 'EUR'")).toBe(2);
    // A recognised export has its preset's own rule; a currency column needs no question.
    const recognised = await previewFile(db, { file: fixture("exports", "shopify_orders.csv") });
    expect(recognised.currency).toBeNull();
  });
});
