export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * Guesses a file's encoding from its first bytes: a BOM decides; NUL bytes in
 * every other position mean UTF-16 without a BOM; bytes that are not valid
 * UTF-8 mean the legacy Chinese code page (GB18030, a superset of GBK that
 * also decodes characters such as 䶮 that GBK tables map to private use).
 */
export function sniffEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const utf16 = utf16WithoutBom(head);
  if (utf16) return utf16;
  return isUtf8(head) ? "utf-8" : "gb18030";
}

function utf16WithoutBom(head: Uint8Array): Encoding | null {
  const sample = Math.min(head.length - (head.length % 2), 512);
  if (sample < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (head[i] === 0) evenNuls++;
    if (head[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.4 && evenNuls === 0) return "utf-16le";
  if (evenNuls > pairs * 0.4 && oddNuls === 0) return "utf-16be";
  return null;
}

/** Strict UTF-8 check; a sequence cut off by the end of the sample is allowed. */
function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length) return true;
      if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}
