/**
 * A Content-Disposition for a download named in the user's language: browsers
 * that read RFC 5987 take the UTF-8 name (试运行错误.csv), the others the ASCII
 * fallback, which must not be left empty by a name in another script.
 */
export function attachment(name: string, fallback: string): string {
  const ascii = fallback.replace(/[^\x20-\x7e]|["\\]/g, "_");
  // encodeURIComponent leaves ' ( ) * ! as they are; RFC 5987 wants them encoded too.
  const encoded = encodeURIComponent(name)
    .replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
