import { z } from "zod";

import { condition, type Condition } from "./conditions";

export const MAX_DEPTH = 4;
export const MAX_CONDITIONS = 60;

export type Group = {
  type: "group";
  match: "all" | "any";
  negate: boolean;
  children: RuleNode[];
};
export type RuleNode = Group | Condition;

/** A group of conditions and groups: all must hold, or any one; `negate` turns it into "none of". */
export const group: z.ZodType<Group, unknown> = z.object({
  type: z.literal("group"),
  match: z.enum(["all", "any"]),
  negate: z.boolean().default(false),
  get children() {
    return z.array(z.union([group, condition])).max(MAX_CONDITIONS);
  },
});

/** A whole rule: one root group, at most MAX_DEPTH groups deep and MAX_CONDITIONS conditions. */
export const rule = group.superRefine((root, ctx) => {
  let conditions = 0;
  const walk = (node: Group, depth: number) => {
    if (depth > MAX_DEPTH) {
      ctx.addIssue({ code: "custom", message: `groups nest at most ${MAX_DEPTH} deep` });
      return;
    }
    for (const child of node.children) {
      if (child.type === "group") walk(child, depth + 1);
      else conditions++;
    }
  };
  walk(root, 1);
  if (conditions > MAX_CONDITIONS) {
    ctx.addIssue({ code: "custom", message: `a rule holds at most ${MAX_CONDITIONS} conditions` });
  }
});

export type Rule = Group;

export const emptyRule: Rule = { type: "group", match: "all", negate: false, children: [] };
