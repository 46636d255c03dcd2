export const encodings = ["utf-8", "utf-16le", "utf-16be", "gb18030", "windows-1252"] as const;
export type Encoding = (typeof encodings)[number];

// Names people use for the encodings read: GB18030 reads every GBK and GB2312 file, and
// Windows-1252 every Latin-1 one.
const aliases: Record<string, Encoding> = {
  utf8: "utf-8", gbk: "gb18030", gb2312: "gb18030", cp936: "gb18030", latin1: "windows-1252",
  "latin-1": "windows-1252", "iso-8859-1": "windows-1252", cp1252: "windows-1252",
  "utf-16": "utf-16le", utf16le: "utf-16le", utf16be: "utf-16be",
};

/** The encoding a name given by hand stands for ("GBK", "latin1"), or null for one not read. */
export function encodingNamed(name: string): Encoding | null {
  const lower = name.trim().toLowerCase();
  if ((encodings as readonly string[]).includes(lower)) return lower as Encoding;
  return aliases[lower] ?? null;
}

/**
 * Guesses a file's encoding from its first bytes and from blocks further in
 * (`later`: an export can be plain ASCII for its first thousands of rows): a
 * BOM decides; NUL bytes in every other position mean UTF-16 without a BOM;
 * bytes that are not valid UTF-8 mean a legacy code page, the Chinese one
 * (GB18030, a superset of GBK that also decodes characters such as 䶮 that
 * GBK tables map to private use) or the Western one (Windows-1252, a superset
 * of Latin-1, as Excel saves a German or French CSV).
 */
export function sniffEncoding(head: Uint8Array, later: Uint8Array[] = []): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  const utf16 = utf16WithoutBom(head);
  if (utf16) return utf16;
  const legacy = [head, ...later.map(fromCharacterStart)].find((bytes) => !isUtf8(bytes));
  return legacy ? legacyEncodingOf(legacy) : "utf-8";
}

/**
 * GB18030 writes a Chinese character as two or four bytes over 0x7f, in runs; Windows-1252
 * writes an accented letter as one such byte between ASCII ones ("J\xfcrgen"). Mostly lone
 * high bytes: Western.
 */
function legacyEncodingOf(bytes: Uint8Array): Encoding {
  let high = 0;
  let lone = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    high++;
    const asciiBefore = i === 0 || bytes[i - 1] < 0x80;
    const asciiAfter = i + 1 === bytes.length || bytes[i + 1] < 0x80;
    if (asciiBefore && asciiAfter) lone++;
  }
  return lone * 2 > high ? "windows-1252" : "gb18030";
}

/** A block cut from the middle of a file, from its first byte that can start a UTF-8 character. */
function fromCharacterStart(block: Uint8Array): Uint8Array {
  let start = 0;
  while (start < 3 && start < block.length && (block[start] & 0xc0) === 0x80) start++;
  return block.subarray(start);
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
