/**
 * A file the importer cannot take, with a code the UI and the command line
 * translate and the values the message needs. Row-level faults are not
 * problems: they are rejections, and the good rows still go in.
 */
export type ProblemCode =
  | "unknown_preset"
  | "missing_columns"
  | "empty_file"
  | "no_rows"
  | "not_text"
  | "broken_workbook"
  | "source_needed"
  | "currency_needed"
  | "unreadable"
  | "unrecognised"
  | "personal_ledger"
  | "ask_day_order"
  | "ask_decimal_mark"
  | "all_rejected"
  | "not_found"
  | "not_rollbackable";

export class ImportProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly params: Record<string, string>,
  ) {
    super(`${code}: ${Object.entries(params).map(([k, v]) => `${k}=${v}`).join("; ")}`);
    this.name = "ImportProblem";
  }
}
