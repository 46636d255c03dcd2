export type Target = { ms: number; on: "p50" | "p95" };
export type Result = { label: string; p50: number; p95: number; target: Target | null };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

/** Times `work` `runs` times after one warm-up run. */
export function measure(
  label: string,
  target: Target | null,
  runs: number,
  work: () => unknown,
): Result {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { label, p50: percentile(times, 0.5), p95: percentile(times, 0.95), target };
}

export function printTable(results: Result[]) {
  const width = Math.max(...results.map((r) => r.label.length));
  console.log(`${"query".padEnd(width)}  ${"p50 ms".padStart(8)}  ${"p95 ms".padStart(8)}  target`);
  for (const r of results) {
    const t = r.target;
    const verdict =
      t === null
        ? ""
        : `${t.on} < ${t.ms} ms ${(t.on === "p50" ? r.p50 : r.p95) < t.ms ? "ok" : "MISSED"}`;
    console.log(
      `${r.label.padEnd(width)}  ${r.p50.toFixed(1).padStart(8)}  ${r.p95.toFixed(1).padStart(8)}  ${verdict}`,
    );
  }
}
