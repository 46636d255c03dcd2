import { type ColumnMap, type FieldName } from "../fields";
import { cleanCell, isBlank } from "../normalise/text";
import type { Preset } from "../presets/types";

import type { RowIssue } from "./types";

/**
 * Reads one row's fields by name: the first non-empty cell among the
 * field's columns, spreadsheet guards stripped, "" when there is none. A
 * preset's refine step may override fields (a refund row's own key).
 */
export class RowReader {
  private cells: string[] = [];
  private overrides: Partial<Record<FieldName, string>> | null = null;
  private readonly headerIndex: Map<string, number>;
  row = 0;

  constructor(
    readonly headers: string[],
    readonly columns: ColumnMap,
    private readonly preset: Pick<Preset, "refine">,
  ) {
    this.headerIndex = new Map(headers.map((header, i) => [header.trim(), i]));
  }

  load(cells: string[], row: number): void {
    this.cells = cells;
    this.row = row;
    this.overrides = null;
    if (this.preset.refine) {
      this.overrides = this.preset.refine(this.read, this.column);
    }
  }

  read = (field: FieldName): string => {
    const override = this.overrides?.[field];
    if (override !== undefined) return override;
    const at = this.columns[field];
    if (!at) return "";
    for (const i of at) {
      const value = cleanCell(this.cells[i]);
      if (!isBlank(value)) return value;
    }
    return "";
  };

  /** Any column of the row by its header, cleaned, "" when the file has no such column. */
  column = (header: string): string => cleanCell(this.cells[this.headerIndex.get(header) ?? -1]);

  has(field: FieldName): boolean {
    return this.columns[field] !== undefined;
  }

  /** The header a field's value came from, for messages. */
  columnOf(field: FieldName): string {
    const at = this.columns[field];
    if (!at) return field;
    const used = at.find((i) => !isBlank(cleanCell(this.cells[i]))) ?? at[0];
    return this.headers[used]?.trim() || field;
  }

  cell(index: number): string {
    return cleanCell(this.cells[index]);
  }

  issue(field: FieldName, reason: string, level: RowIssue["level"] = "rejected"): RowIssue {
    return { row: this.row, column: this.columnOf(field), value: this.read(field), reason, level };
  }
}
