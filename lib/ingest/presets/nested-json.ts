/**
 * A value inside a JSON lines cell that held an object (`via: {"channel": "web"}`)
 * or a list (`tags: ["vip", "b2b"]`): the named key's text, or the list's items
 * joined by commas. A cell that is not such JSON reads as "".
 */
export function nestedText(cell: string, key?: string): string {
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    return "";
  }
  if (key !== undefined) {
    const isObject = value !== null && typeof value === "object" && !Array.isArray(value);
    value = isObject ? (value as Record<string, unknown>)[key] : null;
  }
  if (Array.isArray(value)) return value.filter((item) => typeof item !== "object").join(", ");
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}
