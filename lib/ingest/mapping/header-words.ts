import type { FieldName } from "../fields";

/**
 * Header names of exports no preset describes (till systems, ERPs, spreadsheets
 * kept by hand) in the languages Strata's users write them in, beside the
 * presets' own names. Exact names, compared as `headerKey` folds them.
 */
export const headerNames: Partial<Record<FieldName, string[]>> = {
  customerId: ["kundennummer", "kunden nr", "kundennr", "kunden id", "numéro client", "n° client",
    "id client", "número de cliente", "id cliente", "codice cliente", "klantnummer", "会员号", "会员id",
    "客户编号", "顧客番号", "会員番号"],
  orderId: ["bestellnummer", "bestell nr", "bestellnr", "auftragsnummer", "belegnummer", "bon nr",
    "numéro de commande", "n° de commande", "référence commande", "número de pedido",
    "n.º de pedido", "numero ordine", "ordernummer", "bestelnummer", "número do pedido", "注文番号",
    "受注番号", "单号"],
  email: ["e mail adresse", "emailadresse", "adresse e mail", "courriel", "correo",
    "correo electrónico", "indirizzo email", "e mailadres", "メールアドレス", "電子メール", "邮件", "电子邮件"],
  phone: ["telefon", "telefonnummer", "handy", "mobil", "téléphone", "portable", "teléfono",
    "móvil", "celular", "telefono", "cellulare", "telefoonnummer", "電話番号", "携帯番号"],
  name: ["kundenname", "nom complet", "nombre", "nombre completo", "nome", "nome completo", "naam",
    "氏名", "お名前", "名前", "顾客姓名"],
  firstName: ["vorname", "prénom", "prenom", "voornaam", "名"],
  lastName: ["nachname", "familienname", "nom de famille", "apellido", "apellidos", "cognome",
    "achternaam", "姓"],
  country: ["land", "pays", "país", "paese", "国", "国家"],
  city: ["stadt", "ort", "ville", "ciudad", "città", "plaats", "cidade", "市区町村"],
  orderedAt: ["bestelldatum", "datum", "belegdatum", "date de commande", "fecha", "fecha de pedido",
    "data ordine", "besteldatum", "data do pedido", "注文日", "注文日時", "购买时间", "日期"],
  amount: ["betrag", "gesamtbetrag", "summe", "gesamt", "umsatz", "bruttobetrag", "montant",
    "montant total", "total ttc", "importe", "importe total", "importo", "totale", "bedrag",
    "totaal", "valor", "valor total", "合計金額", "支払金額", "金额", "总金额", "合计"],
  currency: ["währung", "devise", "monnaie", "moneda", "divisa", "valuta", "moeda", "通貨", "货币"],
  status: ["bestellstatus", "auftragsstatus", "statut", "statut de la commande", "statut commande",
    "état", "estado", "estado del pedido", "stato", "stato ordine", "bestelstatus", "status do pedido",
    "状态", "ステータス", "注文ステータス", "状態"],
  quantity: ["menge", "anzahl", "quantité", "cantidad", "quantità", "aantal", "quantidade", "個数",
    "数量"],
  itemName: ["artikel", "produkt", "artikelbezeichnung", "produit", "article", "producto",
    "artículo", "prodotto", "articolo", "商品名", "品名"],
  sku: ["artikelnummer", "art nr", "référence", "referencia", "codice articolo", "品番"],
  company: ["firma", "unternehmen", "société", "entreprise", "empresa", "azienda", "bedrijf", "会社名",
    "公司"],
  birthday: ["geburtsdatum", "geburtstag", "date de naissance", "fecha de nacimiento",
    "data di nascita", "生年月日"],
  gender: ["geschlecht", "sexe", "sexo", "sesso", "geslacht", "性別"],
  note: ["notiz", "bemerkung", "anmerkung", "remarque", "nota", "notas", "opmerking", "備考", "备注"],
  subject: ["betreff", "objet", "asunto", "oggetto", "onderwerp", "件名"],
  priority: ["priorität", "priorité", "prioridad", "priorità", "prioriteit", "優先度"],
};
