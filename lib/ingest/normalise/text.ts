/**
 * Undo what spreadsheets and exporters do to keep a cell as text: `="…"`
 * (Taobao), a leading apostrophe (Shopify phones), a leading backtick (WeChat
 * Pay bills), tabs around ids (Douyin). Also folds full-width ASCII (Ａ１＠)
 * to half-width, which Chinese input methods produce.
 */
export function cleanCell(raw: string | undefined | null): string {
  if (raw == null) return "";
  // Most cells need nothing: no guard character, no space at either end.
  if (plain.test(raw)) return raw;
  let value = raw.replace(/^[\t\r\n ]+|[\t\r\n ]+$/g, "");
  const excelFormula = /^="(.*)"$/s.exec(value);
  if (excelFormula) value = excelFormula[1];
  if (value.startsWith("'") || value.startsWith("`")) value = value.slice(1);
  return value.trim();
}

const plain = /^[^\s='`"\t][^\t\r\n]*[^\s]$|^[^\s='`"]$/;
const fullWidth = /[\uFF01-\uFF5E\u3000\uFFE5\uFFE1]/;

/** Full-width forms U+FF01–U+FF5E map to ASCII, full-width ￥ and ￡ to ¥ and £. */
export function toHalfWidth(value: string): string {
  if (!fullWidth.test(value)) return value;
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/\uFFE5/g, "¥")
    .replace(/\uFFE1/g, "£");
}

/** Values exporters write for "nothing here". */
const emptyMarkers = new Set(["", "-", "/", "--", "null", "NULL", "N/A", "n/a", "#N/A"]);

export function isBlank(value: string): boolean {
  // No marker is longer than four characters: most cells are answered without trimming.
  if (value.length > 4 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return false;
  return emptyMarkers.has(value.trim());
}

/**
 * A copy of a string that shares no memory with the text it was cut from.
 * A cell read from a file can be a view into the parser's 1 MB chunk of
 * text; kept for the rest of an import (a cache key, a shown issue), it
 * keeps the whole chunk alive, and a cache of them kept the whole file.
 */
export function detached(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}
