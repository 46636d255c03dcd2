/**
 * Adaptive Gauss–Legendre quadrature for smooth integrands on a finite
 * interval; used to integrate one Beta posterior against another's CDF.
 */

const ORDER = 15;

/** Nodes and weights on [−1, 1]: roots of P₁₅ found by Newton's method, so no table is copied in. */
function legendreRule(order: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= order; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (order + 0.5));
    let derivative = 0;
    for (let step = 0; step < 100; step++) {
      let previous = 1;
      let current = x;
      for (let k = 2; k <= order; k++) {
        const next = ((2 * k - 1) * x * current - (k - 1) * previous) / k;
        previous = current;
        current = next;
      }
      derivative = (order * (x * current - previous)) / (x * x - 1);
      const dx = current / derivative;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * derivative * derivative));
  }
  return { nodes, weights };
}

const RULE = legendreRule(ORDER);

function gaussLegendre(f: (x: number) => number, lo: number, hi: number): number {
  const half = (hi - lo) / 2;
  const mid = (lo + hi) / 2;
  let sum = 0;
  for (let i = 0; i < ORDER; i++) sum += RULE.weights[i] * f(mid + half * RULE.nodes[i]);
  return sum * half;
}

export interface IntegrateOptions {
  /** Equal panels the interval is cut into before adapting, so a narrow peak cannot fall between nodes. */
  panels: number;
  /** Absolute error accepted per panel piece. */
  tolerance: number;
  /** Bisection depth limit; it is only reached next to an integrable endpoint singularity. */
  maxDepth: number;
}

const DEFAULTS: IntegrateOptions = { panels: 16, tolerance: 1e-13, maxDepth: 50 };

/** ∫ f over [lo, hi]: each piece is bisected until the two halves agree with the whole. */
export function integrate(
  f: (x: number) => number,
  lo: number,
  hi: number,
  options: Partial<IntegrateOptions> = {},
): number {
  const { panels, tolerance, maxDepth } = { ...DEFAULTS, ...options };
  const refine = (a: number, b: number, whole: number, depth: number): number => {
    const mid = (a + b) / 2;
    const left = gaussLegendre(f, a, mid);
    const right = gaussLegendre(f, mid, b);
    if (Math.abs(left + right - whole) <= tolerance || depth >= maxDepth) return left + right;
    return refine(a, mid, left, depth + 1) + refine(mid, b, right, depth + 1);
  };
  const width = (hi - lo) / panels;
  let total = 0;
  for (let i = 0; i < panels; i++) {
    const a = lo + i * width;
    const b = i === panels - 1 ? hi : a + width;
    total += refine(a, b, gaussLegendre(f, a, b), 0);
  }
  return total;
}
