/**
 * Collapses identical rows into (representative, count) pairs. Likelihoods are sums over
 * customers, and real cohorts repeat the same (x, t_x, T) many times (all one-time buyers
 * of one day share a row), so evaluating each distinct row once makes fits several times
 * faster without changing a single term. Rows are told apart by a few numbers, looked up in
 * nested maps: turning doubles into string keys would cost more than the grouping saves.
 */
export function groupIdentical<T>(
  rows: readonly T[],
  key: (row: T) => readonly number[],
): { row: T; count: number }[] {
  const groups: { row: T; count: number }[] = [];
  const root = new Map<number, unknown>();
  for (const row of rows) {
    const parts = key(row);
    let level = root;
    for (let i = 0; i < parts.length - 1; i++) {
      let next = level.get(parts[i]) as Map<number, unknown> | undefined;
      if (!next) level.set(parts[i], (next = new Map()));
      level = next;
    }
    const last = parts[parts.length - 1];
    const group = level.get(last) as { row: T; count: number } | undefined;
    if (group) group.count += 1;
    else {
      const created = { row, count: 1 };
      level.set(last, created);
      groups.push(created);
    }
  }
  return groups;
}
