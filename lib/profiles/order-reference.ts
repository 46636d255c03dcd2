// Keys the import makes up, which are not the file's words: a content hash
// for a file without order ids ("h:…#2"), a buyer-and-day key ("email:…|2024-03-05"),
// an id another buyer's order had already (suffixed "~email:…"), a WeChat refund ("refund:…").
const HASHED = /^h:[\w-]{20}#\d+$/;
const BUYER_DAY = /^(?:email|phone|ext):.*\|\d{4}-\d{2}-\d{2}$/;
const TAKEN = /^(.*)~(?:email|phone|ext):/s;
const REFUND = /^refund:(.+)$/s;

/**
 * An order's reference as its file wrote it, from the key it is stored
 * under; null when the file gave it none. `refund` marks a bill's refund row.
 */
export function orderReference(key: string): { reference: string | null; refund: boolean } {
  if (HASHED.test(key) || BUYER_DAY.test(key)) return { reference: null, refund: false };
  const refund = REFUND.exec(key);
  if (refund) return { reference: refund[1], refund: true };
  const taken = TAKEN.exec(key);
  return { reference: taken ? taken[1] : key, refund: false };
}
