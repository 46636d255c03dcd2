import type { Region } from "./query/overlap-segments";

/**
 * From region counts to what the comparison page shows: each segment's size,
 * the customers any two share (the matrix; the diagonal is the size), and
 * each region's members listed by segment index.
 */
export function overlapMatrix(segments: number, regions: Region[]) {
  const matrix = Array.from({ length: segments }, () => new Array<number>(segments).fill(0));
  for (const { mask, customers } of regions) {
    for (let i = 0; i < segments; i++) {
      if (!(mask & (1 << i))) continue;
      for (let j = 0; j < segments; j++) if (mask & (1 << j)) matrix[i][j] += customers;
    }
  }
  const labelled = regions.map((region) => ({
    ...region,
    members: Array.from({ length: segments }, (_, i) => i).filter((i) => region.mask & (1 << i)),
  }));
  return { sizes: matrix.map((row, i) => row[i]), matrix, regions: labelled };
}
