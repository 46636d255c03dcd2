import v8 from "node:v8";
import vm from "node:vm";

let collect: (() => void) | null = null;

/**
 * Runs a full garbage collection now. An import calls it between its
 * phases: everything the finished phase allocated is dead by then, and
 * collecting it at once keeps the next phase's working set from piling
 * on top of it (V8 would otherwise let the heap grow first). It costs a
 * tenth of a second at a million orders; peak memory varied by 250 MB
 * between identical runs without it.
 */
export function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as () => void;
  }
  collect();
}
