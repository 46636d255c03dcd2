import { describe, expect, it } from "vitest";

import { previewFile } from "@/lib/ingest/preview-file";
import { savePreset } from "@/lib/ingest/presets/save-preset";
import { tempDatabase } from "@/lib/testing/temp-db";

import { count, fixture, importFile, useSettings } from "./case-helpers";

describe("values of a mapped file, read as the admin said", () => {
  it("reads a bare ¥ as the yen once the file is said to be in yen, on screen and on import", async () => {
    const { db, file } = tempDatabase();
    const orders = file("注文_jp.csv", "注文番号,メールアドレス,注文日,合計金額\nJ-1,aiko@example.jp,2026-03-01,\"¥12,800\"\n" +
      "J-2,kenji@example.jp,2026-03-02,\"¥3,400\"\n");
    const preview = await previewFile(db, { file: orders });
    expect(preview.fields).toEqual(["orderId", "email", "orderedAt", "amount"]);
    const columns = { orderId: ["注文番号"], email: ["メールアドレス"], orderedAt: ["注文日"], amount: ["合計金額"] };
    const inYen = { kind: "order" as const, columns, currency: "JPY" };
    const said = await previewFile(db, { file: orders, mapping: inYen });
    expect(said.parsed[0][3]).toEqual({ value: "12800.00 JPY", ok: true,
      money: { minor: 1_280_000, currency: "JPY" } });
    await importFile(db, orders, { mapping: inYen, source: "jp-shop" });
    expect(count(db, "SELECT count(*) FROM orders WHERE currency = 'JPY'")).toBe(2);
    expect(count(db, "SELECT sum(amount_minor) FROM orders")).toBe(1_620_000);
  });

  it("reads the thousands of a file whose cents follow a comma, on screen and on import", async () => {
    const { db, file } = tempDatabase();
    const orders = file("bestellungen.csv", "Bestellnummer;E-Mail;Betrag;Datum\n" +
      "B-1;klaus@example.de;1.234;13.03.2026\nB-2;heidi@example.de;12,50;14.03.2026\n" +
      "B-3;klaus@example.de;2.000;25.03.2026\n");
    const columns = { orderId: ["Bestellnummer"], email: ["E-Mail"], amount: ["Betrag"], orderedAt: ["Datum"] };
    const mapping = { kind: "order" as const, columns, currency: "EUR", dayOrder: "dmy" as const };
    const preview = await previewFile(db, { file: orders, mapping });
    expect(preview.parsed.map((row) => row[2]?.value)).toEqual(["1234.00 EUR", "12.50 EUR", "2000.00 EUR"]);
    const summary = await importFile(db, orders, { mapping, source: "shop-de" });
    expect(summary.sales).toEqual([{ currency: "EUR", orders: 3, refunds: 0, amountMinor: 324_650, notCounted: 0 }]);
  });

  it("asks no currency when every amount is marked with one, but never guesses the bare ¥", async () => {
    const { db, file } = tempDatabase();
    const columns = { orderId: ["ref"], email: ["mail"], orderedAt: ["date"], amount: ["total"] };
    const mapping = { kind: "order" as const, columns };
    const header = "ref,mail,date,total\n";
    const euros = file("eu.csv", `${header}A1,a@example.fr,2026-03-01,12 € \n` +
      "A2,b@example.fr,2026-03-02,\"1.234,50 €\"\n");
    expect((await previewFile(db, { file: euros, mapping })).currency).toBeNull();
    expect((await importFile(db, euros, { mapping, source: "boutique" })).sales)
      .toEqual([{ currency: "EUR", orders: 2, refunds: 0, amountMinor: 124_650, notCounted: 0 }]);
    const mixed = file("mixed.csv", `${header}A1,a@example.fr,2026-03-01,12 €\n` +
      "A2,b@example.fr,2026-03-02,5.00\n");
    expect((await previewFile(db, { file: mixed, mapping })).currency?.chosen).toBeNull();
    const yen = file("yen.csv", `${header}A1,a@example.jp,2026-03-01,¥880\n`);
    const undecided = await previewFile(db, { file: yen, mapping });
    expect(undecided.currency?.chosen).toBeNull();
    // Shown with the file's own sign until the admin says yuan or yen.
    expect(undecided.parsed[0][3]).toEqual({ value: "880.00 ¥", ok: true });
    const inYuan = await previewFile(db, { file: yen, mapping: { ...mapping, currency: "CNY" } });
    expect(inYuan.parsed[0][3]).toEqual({ value: "880.00 CNY", ok: true, money: { minor: 88_000, currency: "CNY" } });
  });

  it("reads a national phone number by the row's country, written in the file's language", async () => {
    const { db, file } = tempDatabase();
    const contacts = file("contactos.csv", "Nombre,Apellidos,Correo electrónico,Teléfono,País\n" +
      "Javier,García,javier@example.es,612 987 654,España\n");
    const preview = await previewFile(db, { file: contacts });
    expect(preview.kind).toBe("contact");
    expect(preview.fields).toEqual(["firstName", "lastName", "email", "phone", "country"]);
    const columns = Object.fromEntries(preview.fields.map((field, i) => [field, [preview.headers[i]]]));
    const mapped = await previewFile(db, { file: contacts, mapping: { kind: "contact", columns } });
    expect(mapped.parsed[0][3]).toEqual({ value: "+34612987654", ok: true });
    expect(mapped.parsed[0][4]).toEqual({ value: "ES", ok: true });
    const summary = await importFile(db, contacts, { mapping: { kind: "contact", columns }, source: "crm-es" });
    expect(summary).toMatchObject({ recordsNew: 1, rowsWarned: 0 });
  });

  it("shows Mailchimp's quoted tags as the profile will list them", async () => {
    const { db } = tempDatabase();
    const file = fixture("exports", "mailchimp_subscribed_members.csv");
    const preview = await previewFile(db, { file });
    const tagsAt = preview.headers.indexOf("TAGS");
    expect(preview.rows[0][tagsAt]).toBe('"vip","newsletter"');
    expect(preview.parsed.slice(0, 2).map((row) => row[tagsAt]?.value))
      .toEqual(["vip, newsletter", "newsletter"]);
  });

  it("shows a date both ways until the admin says which comes first", async () => {
    const { db, file } = tempDatabase();
    const orders = file("kasse.csv", "Ref;Kunde;Betrag;Datum\nR-1;anna@example.de;10,00;03.04.2024\n" +
      "R-2;ben@example.de;12,00;05.06.2024\n");
    const columns = { orderId: ["Ref"], email: ["Kunde"], amount: ["Betrag"], orderedAt: ["Datum"] };
    const mapping = { kind: "order" as const, columns, currency: "EUR" };
    const asked = await previewFile(db, { file: orders, mapping });
    expect(asked.dayOrder).toBe("ask");
    expect(asked.parsed[0][3]).toEqual({ value: "2024-04-03 | 2024-03-04", ok: true, undecided: true });
    const said = await previewFile(db, { file: orders, mapping, dayOrder: "dmy" });
    expect(said.parsed[0][3]).toEqual({ value: "2024-04-03", ok: true });
  });

  it("reads phones in the mapping's region, which a saved preset keeps when the settings change", async () => {
    const { db, file } = tempDatabase();
    const orders = file("boutique.csv", "Ref,Courriel,Téléphone,Date,Montant\n" +
      "F-1,claire@example.fr,06 45 67 89 01,2026-03-01,\"12,00\"\n");
    const columns = { orderId: ["Ref"], email: ["Courriel"], phone: ["Téléphone"], orderedAt: ["Date"],
      amount: ["Montant"] };
    // The settings' region (the US) reads none of the file's numbers; France reads them all.
    const unsaid = await previewFile(db, { file: orders, mapping: { kind: "order", columns, currency: "EUR" } });
    expect(unsaid.phoneRegion).toBe("FR");
    const mapping = { kind: "order" as const, columns, currency: "EUR", phoneRegion: "FR" };
    const said = await previewFile(db, { file: orders, mapping });
    expect(said.phoneRegion).toBe("FR");
    expect(said.parsed[0][2]).toEqual({ value: "+33645678901", ok: true });

    const saved = savePreset(db, { label: "Boutique", source: "boutique", mapping, createdBy: "test" });
    useSettings(db, { phoneRegion: "JP" });
    await importFile(db, orders, { preset: saved.key });
    expect(count(db, "SELECT count(*) FROM identifiers WHERE kind = 'phone' AND value = '+33645678901'")).toBe(1);
  });
});

describe("a generic-preset file's phone numbers", () => {
  it("are read in the region that reads them when the settings' does not, or in the one the admin says", async () => {
    const { db, file } = tempDatabase();
    const list = file("members.csv", "email,phone,name\nwang@example.cn,138 0013 8000,Wang Fang\n" +
      "li@example.cn,139 0013 9000,Li Na\n");
    const guessed = await previewFile(db, { file: list });
    expect(guessed.recognised).toMatchObject({ preset: "contacts-csv", generic: true });
    expect(guessed.phoneRegion).toBe("CN");
    expect(guessed.parsed[0][1]).toEqual({ value: "+8613800138000", ok: true });
    const inTheUs = await previewFile(db, { file: list, phoneRegion: "US" });
    expect(inTheUs.parsed[0][1]?.ok).toBe(false);

    await importFile(db, list, { source: "members" });
    expect(count(db, "SELECT count(*) FROM identifiers WHERE value = '+8613800138000'")).toBe(1);

    const american = file("us.csv", "email,phone,name\nann@example.com,(415) 555-0134,Ann\n" +
      "bo@example.com,13800138000,Bo\n");
    expect((await previewFile(db, { file: american })).phoneRegion).toBe("US");
  });
});
