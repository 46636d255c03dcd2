import { fill } from "@/lib/i18n/locales";

/**
 * A customer known only by a source's own id ("wechat-pay:oQx3p0Zk…", "cdnow:16067") as a page
 * names them: the source by the name the reader knows it by, then the id, cut short where it is
 * an opaque token. Anything else (a row's own anchor, an unknown shape) stays as stored.
 */
export function sourceIdLabel(
  value: string,
  template: string,
  sourceNames: Readonly<Record<string, string>>,
): string {
  const at = value.indexOf(":");
  if (at <= 0) return value;
  const [source, id] = [value.slice(0, at), value.slice(at + 1)];
  const name = sourceNames[source] ?? source;
  const shown = id.length > MAX_ID ? `${id.slice(0, MAX_ID - 2)}…` : id;
  return fill(template, { source: name, id: shown });
}

// An openid is 28 characters: its first ten tell customers apart on a page.
const MAX_ID = 12;
