// Characters as wide as the font is high: Han, kana, full-width forms.
const wide = /\p{Script=Han}|[\u3000-\u30ff\uff00-\uffef]/u;

/**
 * A label broken into lines of at most `width` pixels at `fontSize`, for a chart axis whose bands
 * are too narrow for long names. Estimated, not measured: a Han character is as wide as the font
 * is high, any other about 0.6 of it. Words stay whole unless one alone is too wide; Chinese
 * breaks between characters. Past `maxLines`, the last line ends in "…".
 */
export function wrapLabel(text: string, width: number, fontSize: number, maxLines = 3): string[] {
  const widthOf = (s: string) =>
    [...s].reduce((sum, ch) => sum + (wide.test(ch) ? 1 : 0.6), 0) * fontSize;
  const pieces = text.match(/\p{Script=Han}|[^\s\p{Script=Han}]+\s*/gu) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces) {
    if (line && widthOf((line + piece).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = "";
    }
    line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
