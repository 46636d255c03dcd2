"use client";

import { CustomerLink } from "@/components/ui/customer-link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatters } from "@/lib/i18n/format";
import { sourceIdLabel } from "@/lib/profiles/source-id-label";
import {
  fieldAvailable,
  outputFieldKeys,
  outputFields,
  type OutputField,
} from "@/lib/segments/catalogue/fields";
import type { PreviewRow, PreviewValue } from "@/lib/segments/query/preview-segment";

import type { EditorContext } from "./editor-context";
import { CheckList } from "./inputs";

/** The first matched customers with the columns the user picks. */
export function PreviewTable({
  rows,
  fields,
  onFields,
  ctx,
}: {
  rows: PreviewRow[] | undefined;
  fields: OutputField[];
  onFields: (fields: OutputField[]) => void;
  ctx: EditorContext;
}) {
  const t = ctx.t.segmentExplorer;
  const available = outputFieldKeys.filter((key) => fieldAvailable(key, ctx.available));
  return (
    <div className="space-y-3">
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">{t.results.columns}</summary>
        <div className="mt-2">
          <CheckList
            label={t.results.columns}
            options={available.map((key) => [key, t.fields[key]] as const)}
            values={fields}
            onChange={onFields}
            keepOne
          />
        </div>
      </details>
      {rows && rows.length === 0 && <p className="text-sm text-slate-500">{t.results.noMatch}</p>}
      {rows && rows.length > 0 && (
        <Table>
          <thead>
            <tr>
              {fields.map((key) => (
                <Th key={key} numeric={isNumeric(key)}>
                  {t.fields[key]}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody data-testid="preview-rows">
            {rows.map((row) => (
              <tr key={row.id}>
                {fields.map((key, i) => (
                  <Td key={key} numeric={isNumeric(key)}>
                    {i === 0 ? (
                      <CustomerLink id={row.id}>
                        {show(key, row.values[key] ?? null, ctx) || row.label || `#${row.id}`}
                      </CustomerLink>
                    ) : (
                      <span className="whitespace-nowrap">
                        {show(key, row.values[key] ?? null, ctx)}
                      </span>
                    )}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}

function isNumeric(key: OutputField) {
  return ["integer", "money", "share"].includes(outputFields[key].type);
}

function show(key: OutputField, value: PreviewValue, ctx: EditorContext): string {
  if (value === null) return "";
  const f = formatters(ctx.locale);
  const t = ctx.t;
  // A source's own id ("cdnow:07592") names the customer as the customer list does.
  if (key === "identifier" && !String(value).includes("@")) {
    return sourceIdLabel(String(value), t.customers.ofSource, ctx.channelNames);
  }
  switch (outputFields[key].type) {
    case "money":
      return f.money(Number(value), ctx.currency);
    case "integer":
      return f.integer(Number(value));
    case "share":
      return f.percent(Number(value));
    case "day":
      return f.day(String(value));
    case "tags":
      return (value as string[]).join(", ");
    case "tier":
      return t.tiers[value as keyof typeof t.tiers] ?? String(value);
    case "stage":
      return t.stages[value as keyof typeof t.stages] ?? String(value);
    case "rfm":
      return t.segments[value as keyof typeof t.segments] ?? String(value);
    default:
      return String(value);
  }
}
