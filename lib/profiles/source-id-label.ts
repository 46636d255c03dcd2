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

/**
 * The "source:id" a page's name for a customer stands for ("CDNOW customer 07592" is
 * "cdnow:07592"), so that the name as shown finds the customer; null for any other text. The
 * source is matched by the name the page shows or by its key, in any case.
 */
export function sourceIdOfLabel(
  text: string,
  template: string,
  sourceNames: Readonly<Record<string, string>>,
): string | null {
  const pattern = template.trim().split(/(\{source\}|\{id\})/).map((part) =>
    part === "{source}" ? "(.+?)" : part === "{id}" ? "(\\S+)"
      : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s*")).join("");
  const found = new RegExp(`^${pattern}$`, "iu").exec(text.trim());
  if (!found) return null;
  const [said, id] = [found[1].trim().toLowerCase(), found[2]];
  const key = Object.keys(sourceNames).find((source) =>
    source.toLowerCase() === said || sourceNames[source].toLowerCase() === said);
  // A long id is shown cut short ("oQx3p0Zk9a…"): its start still finds it.
  return key ? `${key}:${id.replace(/…$/, "")}` : null;
}
