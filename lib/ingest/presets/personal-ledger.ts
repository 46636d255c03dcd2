// WeChat's personal bill opens with this title; its and Alipay's ledgers head their rows with
// the other party and income/expense, which no merchant export has.
const LEDGER_TITLES = ["微信支付账单明细", "支付宝交易记录明细"];
const LEDGER_HEADERS = ["交易对方", "收/支"];

/**
 * A person's own payment ledger (WeChat's 微信支付账单明细, Alipay's record):
 * the payments of the one person who downloaded it, to shops and friends,
 * with no customers in it. It is told apart so the admin is pointed to the
 * merchant's trade bill instead of a mapping screen.
 */
export function isPersonalLedger(rows: string[][]): boolean {
  return rows.some((row) => {
    const cells = row.map((cell) => cell.trim());
    return LEDGER_TITLES.some((title) => cells[0]?.startsWith(title)) ||
      LEDGER_HEADERS.every((header) => cells.includes(header));
  });
}
