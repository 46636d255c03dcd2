export type Target = { ms: number; on: "p50" | "p95" };
export type Result = {
  label: string;
  p50: number;
  p95: number;
  /** Median CPU time of this process: what the query costs when it has a core to itself. */
  cpu50: number;
  target: Target | null;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

/**
 * Times `work` `runs` times after one warm-up run: wall time, and the CPU
 * time the process used (SQLite runs on this thread), which other work on a
 * shared machine does not inflate.
 */
export function measure(
  label: string,
  target: Target | null,
  runs: number,
  work: () => unknown,
): Result {
  work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [started, used] = [performance.now(), process.cpuUsage()];
    work();
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    label,
    p50: percentile(wall, 0.5),
    p95: percentile(wall, 0.95),
    cpu50: percentile(cpu, 0.5),
    target,
  };
}

export function printTable(results: Result[]) {
  const width = Math.max(...results.map((r) => r.label.length));
  const head = ["p50 ms", "p95 ms", "cpu p50"].map((h) => h.padStart(8)).join("  ");
  console.log(`${"query".padEnd(width)}  ${head}  target (on wall time)`);
  for (const r of results) {
    const t = r.target;
    const verdict =
      t === null
        ? ""
        : `${t.on} < ${t.ms} ms ${(t.on === "p50" ? r.p50 : r.p95) < t.ms ? "ok" : "MISSED"}`;
    const figures = [r.p50, r.p95, r.cpu50].map((n) => n.toFixed(1).padStart(8)).join("  ");
    console.log(`${r.label.padEnd(width)}  ${figures}  ${verdict}`);
  }
}
