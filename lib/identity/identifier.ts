/** email: lower-cased address; phone: E.164; ext: "<source key>:<id in that source>". */
export type IdentifierKind = "email" | "phone" | "ext";

export type Identifier = { kind: IdentifierKind; value: string };

export const identifierKey = (id: Identifier) => `${id.kind}:${id.value}`;

export function externalId(sourceKey: string, id: string): Identifier {
  return { kind: "ext", value: `${sourceKey}:${id}` };
}
