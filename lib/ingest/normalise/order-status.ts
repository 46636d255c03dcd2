/**
 * Order statuses that mean no sale took place: cancelled, voided, failed,
 * unpaid, fully refunded. A file no preset knows is read with these unless
 * the admin says otherwise on the mapping screen; a preset names its own.
 * Written in the languages Strata's users export in; compared folded
 * (`statusKey`), so "Annulée", "annulee" and "ANNULÉE" are one word.
 */
export const noSaleStatuses = [
  // English
  "cancelled", "canceled", "voided", "void", "failed", "declined", "pending", "pending payment",
  "awaiting payment", "unpaid", "refunded", "returned", "abandoned", "expired", "order cancelled",
  "order canceled", "cancelled by customer", "canceled by customer", "draft", "charged back",
  "chargeback", "payment failed", "rejected",
  // Awaiting payment in WooCommerce, authorised but not captured in Shopify: their presets agree.
  "on hold", "authorized", "authorised",
  // German
  "storniert", "abgebrochen", "annulliert", "fehlgeschlagen", "ausstehend", "zahlung ausstehend",
  "unbezahlt", "erstattet", "zurückerstattet", "rückerstattet", "retoure", "retourniert",
  "zurückgesendet", "bestellung storniert", "offen", "entwurf", "rückbuchung",
  // French
  "annulée", "annulé", "échouée", "échoué", "en attente", "en attente de paiement", "impayée",
  "impayé", "remboursée", "remboursé", "retournée", "retourné", "commande annulée",
  "annulée par le client", "commande annulée par le client",
  // Spanish and Portuguese
  "cancelado", "cancelada", "anulado", "anulada", "fallido", "fallida", "pendiente",
  "pendiente de pago", "reembolsado", "reembolsada", "devuelto", "devuelta", "falhou", "pendente",
  "aguardando pagamento", "devolvido", "pedido cancelado",
  // Italian
  "annullato", "annullata", "fallito", "fallita", "in attesa", "in attesa di pagamento",
  "rimborsato", "rimborsata", "reso", "restituito",
  // Dutch
  "geannuleerd", "mislukt", "in afwachting", "wacht op betaling", "onbetaald", "terugbetaald",
  "geretourneerd",
  // Japanese
  "キャンセル", "キャンセル済み", "取消", "取消済み", "未払い", "入金待ち", "返金済み", "返品",
  "返品済み",
  // Chinese
  "已取消", "取消", "交易关闭", "已关闭", "待付款", "待支付", "等待买家付款", "已退款", "退款成功",
  "支付失败", "已退货", "退货退款",
];

/** A status folded for comparison: lower case, accents and full-width forms removed, one space. */
export function statusKey(status: string): string {
  return status
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim()
    .normalize("NFC");
}

// Per list, the answer for each raw status seen: a file has a handful of statuses over millions
// of rows, and folding one costs a Unicode normalisation.
const answers = new WeakMap<readonly string[], { keys: Set<string>; seen: Map<string, boolean> }>();
const REMEMBERED = 10_000;

/** Whether a row's status is one of `excluded` (folded both sides). */
export function isExcludedStatus(status: string, excluded: readonly string[]): boolean {
  let list = answers.get(excluded);
  if (!list) {
    list = { keys: new Set(excluded.map(statusKey)), seen: new Map() };
    answers.set(excluded, list);
  }
  let answer = list.seen.get(status);
  if (answer === undefined) {
    answer = list.keys.has(statusKey(status));
    if (list.seen.size >= REMEMBERED) list.seen.clear();
    list.seen.set(status, answer);
  }
  return answer;
}
