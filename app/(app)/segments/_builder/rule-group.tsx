"use client";

import { templates, type TemplateGroup } from "@/lib/segments/builder/templates";
import type { NodePath } from "@/lib/segments/builder/edit-rule";
import type { Group, RuleNode } from "@/lib/segments/rule/rule";

import { ConditionRow } from "./condition-row";
import type { EditorContext } from "./editor-context";

type Props = {
  group: Group;
  path: NodePath;
  onChange: (path: NodePath, node: RuleNode | null) => void;
  onAppend: (path: NodePath, node: RuleNode) => void;
  ctx: EditorContext;
  /** Paths ("0.1") of nodes the server found invalid. */
  invalid: Set<string>;
};

const MAX_DEPTH = 4;
const groupsInOrder: TemplateGroup[] = ["profile", "metrics", "facts", "changes"];
type Mode = "all" | "any" | "none";

/** A group of conditions: all / any / none of them, with nested groups up to four deep. */
export function RuleGroup({ group, path, onChange, onAppend, ctx, invalid }: Props) {
  const t = ctx.t.segmentExplorer;
  const mode: Mode = group.negate ? "none" : group.match;
  const setMode = (next: Mode) =>
    onChange(path, { ...group, match: next === "all" ? "all" : "any", negate: next === "none" });
  const key = path.join(".");

  return (
    <fieldset
      data-testid="rule-group"
      className={`space-y-2 rounded-xl border p-3 ${path.length ? "border-indigo-200 bg-indigo-50/40" : "border-slate-200 bg-slate-50"}`}
    >
      <legend className="sr-only">{t.builder.matchPrefix}</legend>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>{t.builder.matchPrefix}</span>
        <select
          aria-label={t.builder.matchPrefix}
          value={mode}
          onChange={(e) => setMode(e.target.value as Mode)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 font-medium"
        >
          {(["all", "any", "none"] as const).map((m) => (
            <option key={m} value={m}>
              {t.builder.match[m]}
            </option>
          ))}
        </select>
        <span>{t.builder.matchSuffix}</span>
        {path.length > 0 && (
          <button
            type="button"
            onClick={() => onChange(path, null)}
            className="ml-auto text-xs text-slate-500 hover:text-red-700"
          >
            {t.builder.remove}
          </button>
        )}
      </div>
      {group.children.length === 0 && (
        <p className="text-sm text-slate-500">{t.builder.emptyGroup}</p>
      )}
      <ul className="space-y-2">
        {group.children.map((child, i) => {
          const childPath = [...path, i];
          return child.type === "group" ? (
            <li key={i}>
              <RuleGroup
                group={child}
                path={childPath}
                onChange={onChange}
                onAppend={onAppend}
                ctx={ctx}
                invalid={invalid}
              />
            </li>
          ) : (
            <ConditionRow
              key={i}
              condition={child}
              ctx={ctx}
              invalid={invalid.has(childPath.join("."))}
              onChange={(next) => onChange(childPath, next)}
              onRemove={() => onChange(childPath, null)}
            />
          );
        })}
      </ul>
      <div className="flex flex-wrap gap-2">
        <select
          aria-label={t.builder.addCondition}
          value=""
          data-group={key}
          onChange={(e) => {
            const template = templates.find((candidate) => candidate.key === e.target.value);
            if (template) onAppend(path, template.make());
          }}
          className="rounded-md border border-dashed border-slate-400 bg-white px-2 py-1 text-sm text-slate-700"
        >
          <option value="">{t.builder.addCondition}</option>
          {groupsInOrder.map((name) => (
            <optgroup key={name} label={t.builder.groups[name]}>
              {templates
                .filter((candidate) => candidate.group === name)
                .map((candidate) => {
                  const missing = candidate.needs && !ctx.available[candidate.needs];
                  const label = t.templates[candidate.key as keyof typeof t.templates];
                  return (
                    <option
                      key={candidate.key}
                      value={candidate.key}
                      disabled={missing}
                      title={missing ? t.needs[candidate.needs!] : undefined}
                    >
                      {missing ? `${label} (${t.builder.notYet})` : label}
                    </option>
                  );
                })}
            </optgroup>
          ))}
        </select>
        {path.length + 1 < MAX_DEPTH && (
          <button
            type="button"
            onClick={() =>
              onAppend(path, { type: "group", match: "any", negate: false, children: [] })
            }
            className="rounded-md border border-dashed border-slate-400 px-2 py-1 text-sm text-slate-700 hover:bg-white"
          >
            {t.builder.addGroup}
          </button>
        )}
      </div>
    </fieldset>
  );
}
