import { describe, expect, it } from "vitest";

import { guessKind, suggestMapping } from "@/lib/ingest/mapping/suggest-mapping";

// A till export with two broken rows (an amount "abc" and a 31 February), under headers that say
// nothing: what the values look like is all there is to go by.
const headers = ["A", "B", "C", "D"];
const rows = [
  ["R-1001", "anna.keller@example.de", "1.234,50", "03.02.2026"],
  ["R-1002", "Bernd.Vogt@Example.de ", "89,90", "14.02.2026"],
  ["R-1003", "clara.wolf@example.de", "12,00", "28.02.2026"],
  ["R-1004", "anna.keller@example.de", "45,10", "05.03.2026"],
  ["R-1005", "dieter.haas@example.de", "abc", "07.03.2026"],
  ["R-1006", "eva.roth@example.de", "19,99", "31.02.2026"],
];

const everyField = ["orderId", "email", "amount", "orderedAt"];

describe("mapping suggestions for a file no preset knows", () => {
  it("read a column by what most of its values are, so one broken row does not hide it", () => {
    expect(guessKind(headers, rows)).toBe("order");
    expect(suggestMapping(headers, rows, "order")).toEqual(everyField);
  });

  it("leave a column out when only some of its values read as a type", () => {
    const mixed = rows.map(([ref, email, amount], i) =>
      [ref, email, i % 2 ? amount : "n/a", "soon"]);
    expect(guessKind(headers, mixed)).toBe("contact");
    expect(suggestMapping(headers, mixed, "order")).toEqual(["orderId", "email", null, null]);
    // The same references name the row in the other kinds: the customer, the event, the ticket.
    expect(suggestMapping(headers, mixed, "contact")[0]).toBe("customerId");
    expect(suggestMapping(headers, mixed, "interaction")[0]).toBe("recordId");
    expect(suggestMapping(headers, mixed, "ticket")[0]).toBe("ticketId");
    // A reference repeated on two rows is not an order id (it could be a customer's).
    const repeated = rows.map(([, ...rest], i) => [`C-${1000 + (i % 3)}`, ...rest]);
    expect(suggestMapping(headers, repeated, "order")[0]).toBeNull();
    // Whole-number amounts are not references either.
    const whole = rows.map(([, ...rest], i) => [String(1500 + i * 10), ...rest]);
    expect(suggestMapping(headers, whole, "order")[0]).toBeNull();
  });

  it("forgive one stray value in a short sample, but not a column that is half strays", () => {
    const three = rows.slice(2, 5);
    expect(guessKind(headers, three)).toBe("order");
    expect(suggestMapping(headers, three, "order")).toEqual(everyField);
    const two = [
      ["R-1", "a@example.de", "abc", "x"],
      ["R-2", "b@example.de", "12,00", "03.02.2026"],
    ];
    expect(suggestMapping(headers, two, "order")).toEqual([null, "email", null, null]);
  });
});

describe("mapping suggestions by header name", () => {
  const sample = [["x", "y", "z", "w", "v", "u"]];

  it("know common headers in German, French, Spanish, Italian, Dutch and Japanese", () => {
    const cases: [string[], (string | null)[]][] = [
      [["Bestellnummer", "E-Mail-Adresse", "Bestelldatum", "Gesamtbetrag", "Währung", "Vorname"],
        ["orderId", "email", "orderedAt", "amount", "currency", "firstName"]],
      [["N° de commande", "Courriel", "Date de commande", "Montant", "Devise", "Nom de famille"],
        ["orderId", "email", "orderedAt", "amount", "currency", "lastName"]],
      [["Número de pedido", "Correo electrónico", "Fecha", "Importe", "Moneda", "Teléfono"],
        ["orderId", "email", "orderedAt", "amount", "currency", "phone"]],
      [["Numero ordine", "Indirizzo email", "Data ordine", "Importo", "Valuta", "Cognome"],
        ["orderId", "email", "orderedAt", "amount", "currency", "lastName"]],
      [["Bestelnummer", "Telefoonnummer", "Besteldatum", "Bedrag", "Aantal", "Achternaam"],
        ["orderId", "phone", "orderedAt", "amount", "quantity", "lastName"]],
      [["注文番号", "メールアドレス", "注文日", "合計金額", "通貨", "氏名"],
        ["orderId", "email", "orderedAt", "amount", "currency", "name"]],
    ];
    for (const [names, fields] of cases) {
      expect(suggestMapping(names, sample, "order")).toEqual(fields);
      expect(guessKind(names, sample)).toBe("order");
    }
  });

  it("take a name's field only where the kind has it, and each field once", () => {
    expect(suggestMapping(["Kundennummer", "Betrag", "Geburtsdatum", "Geschlecht"], sample, "contact"))
      .toEqual(["customerId", null, "birthday", "gender"]);
    expect(suggestMapping(["Betrag", "Summe", "Datum"], sample, "order")).toEqual(["amount", null, "orderedAt"]);
    expect(guessKind(["Kundennummer", "Vorname", "Nachname"], sample)).toBe("contact");
  });
});
