/** email: lower-cased address; phone: E.164; ext: "<scope>:<id in that scope>". */
export type IdentifierKind = "email" | "phone" | "ext";

export type Identifier = { kind: IdentifierKind; value: string };

export const identifierKey = (id: Identifier) => `${id.kind}:${id.value}`;

/** A customer id that only means something inside one source ("shopify-eu:4411"). */
export function externalId(sourceKey: string, id: string): Identifier {
  return { kind: "ext", value: `${sourceKey}:${id}` };
}

/**
 * Namespaces shared by every source that carries the key, so a WeChat openid
 * from the pay bill meets the same openid from a mini-program export. Source
 * keys never contain "_" (sourceKey turns it into "-"), so a namespace can
 * never collide with a source.
 */
export const sharedNamespaces = {
  wechatOpenid: "wechat_openid",
  wechatUnionid: "wechat_unionid",
  loyaltyCard: "loyalty_card",
} as const;

export function sharedId(namespace: string, id: string): Identifier {
  return { kind: "ext", value: `${namespace}:${id.trim()}` };
}

/** The scope of an ext value (its source or namespace); null for emails and phones. */
export function scopeOf(kind: string, value: string): string | null {
  if (kind !== "ext") return null;
  const colon = value.indexOf(":");
  return colon < 0 ? "" : value.slice(0, colon);
}

/**
 * The key family limited per profile: one class per kind, and one per scope
 * for ext ids (three Shopify ids are three of one class; a Shopify id and a
 * Tmall nick are one each of two classes).
 */
export function limitClass(kind: string, value: string): string {
  return kind === "ext" ? `ext:${scopeOf(kind, value)}` : kind;
}

/** Emails and phones name a person; scoped ids name an account somewhere. */
export const isPersonKey = (kind: string) => kind === "email" || kind === "phone";
