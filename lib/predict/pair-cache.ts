/**
 * Memoises a value per (x, T): the costly, t_x-free part of a BG/NBD expectation. Nested maps
 * with numeric keys, so a million customers cost no string keys.
 */
export function pairCache<V>(compute: (x: number, T: number) => V): (x: number, T: number) => V {
  const byX = new Map<number, Map<number, V>>();
  return (x, T) => {
    let byT = byX.get(x);
    if (!byT) byX.set(x, (byT = new Map()));
    if (!byT.has(T)) byT.set(T, compute(x, T));
    return byT.get(T) as V;
  };
}
