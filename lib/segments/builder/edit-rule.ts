import type { Group, RuleNode } from "../rule/rule";

/** A node's place in a rule: the child index at each level below the root. */
export type NodePath = number[];

/** The rule with the node at `path` replaced (or removed, with `null`); other nodes keep their identity. */
export function replaceAt(root: Group, path: NodePath, node: RuleNode | null): Group {
  if (path.length === 0) {
    if (node === null || node.type !== "group") throw new RangeError("the root must stay a group");
    return node;
  }
  const [index, ...rest] = path;
  const child = root.children[index];
  const next = rest.length === 0 ? node : replaceAt(child as Group, rest, node);
  const children = [...root.children];
  if (next === null) children.splice(index, 1);
  else children[index] = next;
  return { ...root, children };
}

/** The rule with `node` added as the last child of the group at `path`. */
export function appendAt(root: Group, path: NodePath, node: RuleNode): Group {
  const group = nodeAt(root, path) as Group;
  return replaceAt(root, path, { ...group, children: [...group.children, node] });
}

export function nodeAt(root: Group, path: NodePath): RuleNode {
  return path.reduce<RuleNode>((node, index) => (node as Group).children[index], root);
}
