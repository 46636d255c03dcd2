/** A piece of SQL with its bound values, in order. Values never enter the SQL text. */
export type Param = string | number;
export type Fragment = { sql: string; params: Param[] };

export const fragment = (sql: string, ...params: Param[]): Fragment => ({ sql, params });

/** "?, ?, ?" for a list of values. */
export const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ");

/**
 * `column` equals one of the values. One value is written `= ?`: SQLite
 * estimates `IN (?)` without looking at the value, `= ?` with its statistics.
 */
export function oneOf(column: string, values: readonly Param[]): Fragment {
  const distinct = [...new Set(values)];
  if (distinct.length === 1) return fragment(`${column} = ?`, distinct[0]);
  return fragment(`${column} IN (${marks(distinct)})`, ...distinct);
}

/** `column` is none of the values; an unknown (NULL) value counts as none of them. */
export function noneOf(column: string, values: readonly Param[]): Fragment {
  const { sql, params } = oneOf(column, values);
  return { sql: `${column} IS NULL OR NOT (${sql})`, params };
}

/** Joins fragments with AND or OR, keeping their parameters in order. */
export function join(parts: Fragment[], operator: "AND" | "OR"): Fragment {
  return {
    sql: parts.map((part) => `(${part.sql})`).join(` ${operator} `),
    params: parts.flatMap((part) => part.params),
  };
}

/** A LIKE pattern that matches `text` literally; pair with ESCAPE '\'. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Money typed in major units (¥1,000) as the minor units stored (100000). */
export const toMinor = (major: number) => Math.round(major * 100);

export const comparison = { gte: ">=", gt: ">", lte: "<=", lt: "<", eq: "=" } as const;
export type CompareOp = keyof typeof comparison;
