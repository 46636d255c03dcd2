import type { Gradient, Objective } from "./optimize";

export interface Evaluation {
  value: number;
  gradient: number[];
}

/**
 * The objective and gradient minimize() takes, from one function that computes both in one
 * pass over the data. The optimiser asks for the gradient right where it has just accepted a
 * value, so the last evaluation is kept and that request costs no second pass.
 */
export function sharedPass(evaluate: (x: readonly number[]) => Evaluation): { value: Objective; gradient: Gradient } {
  let lastX: readonly number[] = [];
  let last: Evaluation = { value: Number.NaN, gradient: [] };
  const at = (x: readonly number[]): Evaluation => {
    if (x.length !== lastX.length || x.some((v, i) => v !== lastX[i])) {
      last = evaluate(x);
      lastX = [...x];
    }
    return last;
  };
  return { value: (x) => at(x).value, gradient: (x) => [...at(x).gradient] };
}
