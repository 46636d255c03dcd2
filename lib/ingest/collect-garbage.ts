import v8 from "node:v8";
import vm from "node:vm";

type Collect = (options?: { type: "major" | "minor" }) => void;

let collect: Collect | null = null;

function collector(): Collect {
  if (!collect) {
    v8.setFlagsFromString("--expose-gc");
    collect = vm.runInNewContext("gc") as Collect;
  }
  return collect;
}

/**
 * Runs a full garbage collection now. An import calls it between its
 * phases: everything the finished phase allocated is dead by then, and
 * collecting it at once keeps the next phase's working set from piling
 * on top of it (V8 would otherwise let the heap grow first). It costs a
 * tenth of a second at a million orders; peak memory varied by 250 MB
 * between identical runs without it. Twice: the first collection finds the
 * dead typed arrays, but their memory is released by a sweep the second one
 * waits for (5 M orders: 230 MB of arrays still held when the fit began).
 */
export function collectGarbage(): void {
  collector()();
  collector()();
}

/**
 * Collects the young generation only, in a few milliseconds: what a loop step allocated and
 * dropped, typed arrays' memory included. The back-fill's periods each leave a million buyers'
 * facts and structure behind; V8 let several periods' worth pile up before collecting (5 M
 * orders: the back-fill added 215 MB to the import's peak).
 */
export function collectYoungGarbage(): void {
  collector()({ type: "minor" });
}

/**
 * Lets the heap grow by a quarter past what survived the last collection
 * before the next one, instead of V8's own factor of up to four. A large
 * import keeps a few hundred MB alive (identifier cache, order history) and
 * makes garbage fast; with the default factor that garbage piled up to twice
 * the live set (5 M orders: peak 1.1–1.3 GB, 790 MB with this, no slower).
 * Process-wide, so only the import's own process calls it.
 */
export function limitHeapGrowth(): void {
  v8.setFlagsFromString("--heap-growing-percent=25");
}
