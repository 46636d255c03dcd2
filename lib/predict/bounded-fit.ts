import { hasFlatDirection } from "./curvature";
import { minimize, type Gradient, type MinimizeResult, type Objective } from "./optimize";

/**
 * Maximum likelihood over log-parameters with a fallback for likelihoods whose optimum lies
 * at infinity (e.g. r, α → ∞ when every customer repeats identically, r → 0 when nobody
 * repeats). First an unconstrained fit; if it fails or leaves the plausible box, the fit is
 * redone inside the box, pinning the parameters that run off to the edge they run to, and
 * those are reported. A fit on a sample of the same data can say up front which parameters
 * run off (see fitLogParameters). Every reparametrisation passes the objective's analytic
 * gradient on by the chain rule; without one, each optimisation differentiates numerically.
 */

export interface LogParameterBox {
  names: readonly string[];
  lower: readonly number[];
  upper: readonly number[];
}

export interface LogParameterFit {
  logParams: number[];
  /** Objective (negative log-likelihood per customer) at logParams. */
  value: number;
  converged: boolean;
  /** Names of parameters pinned to the box edge by the bounded refit (empty for a free optimum). */
  boundedParameters: string[];
}

/** An objective over log-parameters with, where known, its analytic gradient. */
export interface Differentiable {
  value: Objective;
  gradient?: Gradient;
}

/** Beyond the box by this many log units the objective reports +∞, long before exp() overflows. */
const WALL_MARGIN = 20;
/** A parameter of the sigmoid fit within this (log units, i.e. 5 %) of an edge is heading for it. */
const NEAR_EDGE = 0.05;
/**
 * Smallest Hessian eigenvalue (per customer, log units, relative to |objective|) accepted as
 * a genuine optimum. CDNOW's is ~1e-3 for both models; a tail that only looks converged
 * because its gradient has faded is far below.
 */
const FLAT_CURVATURE = 1e-6;

/**
 * `expectedAtEdge`: when `start` is the answer of a fit on a sample of the same cohort
 * (warm-start.ts), the parameters that fit pinned to the box's edges (none for a free fit).
 * They are pinned straight away, the rest refitted (pinning any that leave the box as they
 * leave), and that fit is kept if it is an optimum of the box; otherwise the full search
 * decides, as without a sample. On data whose optimum lies beyond the box this skips the
 * free fit's walk out along the likelihood's flat ridge and the sigmoid fit, both of which
 * end on the same edges; on data with a free optimum inside it, it is the free fit itself.
 */
export function fitLogParameters(
  objective: Differentiable,
  start: readonly number[],
  box: LogParameterBox,
  expectedAtEdge?: readonly string[],
): LogParameterFit {
  const inWalls = (theta: readonly number[]) =>
    theta.every((v, i) => v > box.lower[i] - WALL_MARGIN && v < box.upper[i] + WALL_MARGIN);
  const { value, gradient } = objective;
  const walled: Differentiable = {
    value: (theta) => (inWalls(theta) ? value(theta) : Number.POSITIVE_INFINITY),
    // Beyond the walls nothing is accepted; a zero gradient there is what differences of +∞ gave.
    gradient: gradient && ((theta) => (inWalls(theta) ? gradient(theta) : theta.map(() => 0))),
  };
  if (expectedAtEdge && walled.gradient) {
    const pinned = expectedAtEdge.map((name) => box.names.indexOf(name));
    const atEdges = refitWithPinned(walled, start, pinned, box, { pinFirstToLeave: true });
    if (isBoxOptimum(atEdges, walled.gradient(atEdges.logParams), box)) return atEdges;
  }
  const free = settle(walled, start);
  const freeInBox = free.converged && Number.isFinite(free.value) && outside(free.x, box).length === 0;
  if (freeInBox) return { logParams: free.x, value: free.value, converged: true, boundedParameters: [] };
  // Which parameters run off is found two ways, and the better bounded optimum wins:
  // (1) the free fit's own escape; (2) a fit over θ = lower + (upper − lower)·sigmoid(u),
  // which stays in the box but flattens near the edges, so parameters heading for an edge
  // stop just short of it.
  const candidates: LogParameterFit[] = [];
  const escaped = outside(free.x, box);
  if (escaped.length > 0 && free.x.every(Number.isFinite)) {
    candidates.push(refitWithPinned(walled, free.x, escaped, box));
  }
  const sigmoidTheta = sigmoidFit(objective, start, box);
  candidates.push(refitWithPinned(walled, sigmoidTheta, nearEdge(sigmoidTheta, box), box));
  const finite = (fit: LogParameterFit) => (Number.isFinite(fit.value) ? fit.value : Number.POSITIVE_INFINITY);
  return candidates.reduce((best, fit) => (finite(fit) < finite(best) ? fit : best));
}

/**
 * minimize(), made to tell a flat tail from an optimum: a likelihood whose supremum lies at
 * infinity fades its gradient below any tolerance long before the box edge (nobody repeats:
 * −r·Σ log(1 + T/α) → 0 only as r → 0 or α → ∞). Where the Hessian shows such a flat
 * direction, keep walking until the objective stops decreasing at its rounding floor.
 */
function settle(
  { value, gradient }: Differentiable,
  start: readonly number[],
  stopWhen?: (x: readonly number[]) => boolean,
): MinimizeResult {
  const result = minimize(value, start, { gradient, stopWhen });
  if (stopWhen?.(result.x)) return result;
  const minCurvature = FLAT_CURVATURE * Math.max(1, Math.abs(result.value));
  if (!result.converged || !hasFlatDirection(value, result.x, minCurvature, gradient)) return result;
  const walked = minimize(value, result.x, { gradientTolerance: 0, gradient, stopWhen });
  return { ...walked, iterations: result.iterations + walked.iterations };
}

/**
 * Pins the given parameters to their nearest edge and refits the rest freely; whichever of
 * those then leave the box are pinned too, until the refit settles inside the box.
 * `pinFirstToLeave`: pin the first parameters to leave as soon as they do, instead of those
 * outside where the refit ends. Parameters that run off together along a ridge (r and α, whose
 * ratio the data fix) leave one after the other, and how far a refit walks out along it before
 * it stops is down to rounding; the first to leave is not.
 */
function refitWithPinned(
  walled: Differentiable,
  theta0: readonly number[],
  pinnedStart: number[],
  box: LogParameterBox,
  { pinFirstToLeave = false } = {},
): LogParameterFit {
  const pinned = new Set(pinnedStart);
  let theta = theta0.map((v, i) => (pinned.has(i) ? nearestEdge(v, i, box) : clamp(v, i, box)));
  let converged = false;
  while (pinned.size < theta.length) {
    const freeIndices = theta.flatMap((_, i) => (pinned.has(i) ? [] : [i]));
    const current = theta;
    const assemble = (values: readonly number[]) =>
      current.map((v, i) => (pinned.has(i) ? v : values[freeIndices.indexOf(i)]));
    const { gradient } = walled;
    const restricted: Differentiable = {
      value: (values) => walled.value(assemble(values)),
      gradient: gradient && ((values) => pick(gradient(assemble(values)), freeIndices)),
    };
    const leaves = (values: readonly number[]) => outside(assemble(values), box).length > 0;
    const refit = settle(restricted, freeIndices.map((i) => theta[i]), pinFirstToLeave ? leaves : undefined);
    const proposed = assemble(refit.x);
    const escaped = outside(proposed, box);
    theta = proposed.map((v, i) => clamp(v, i, box));
    converged = refit.converged && escaped.length === 0;
    if (escaped.length === 0) break;
    escaped.forEach((i) => pinned.add(i));
  }
  return {
    logParams: theta,
    value: walled.value(theta),
    converged: converged || pinned.size === theta.length,
    boundedParameters: box.names.filter((_, i) => pinned.has(i)),
  };
}

/**
 * A bounded fit whose free parameters converged and whose objective still falls beyond every
 * edge it rests on (a local optimum over the box: the first-order conditions for a bound).
 */
function isBoxOptimum(fit: LogParameterFit, slope: readonly number[], box: LogParameterBox): boolean {
  if (!fit.converged || !Number.isFinite(fit.value)) return false;
  return fit.boundedParameters.every((name) => {
    const i = box.names.indexOf(name);
    return fit.logParams[i] === box.upper[i] ? slope[i] < 0 : slope[i] > 0;
  });
}

function sigmoidFit(objective: Differentiable, start: readonly number[], box: LogParameterBox): number[] {
  const width = box.upper.map((hi, i) => hi - box.lower[i]);
  const toTheta = (u: readonly number[]) => u.map((ui, i) => box.lower[i] + width[i] / (1 + Math.exp(-ui)));
  // dθ/du = width · σ(u) · (1 − σ(u)), with σ(u)(1 − σ(u)) = e^−|u| / (1 + e^−|u|)².
  const slope = (u: readonly number[]) =>
    u.map((ui, i) => {
      const e = Math.exp(-Math.abs(ui));
      return (width[i] * e) / ((1 + e) * (1 + e));
    });
  const u0 = start.map((v, i) => {
    const fraction = Math.min(Math.max((v - box.lower[i]) / width[i], 1e-6), 1 - 1e-6);
    return Math.log(fraction / (1 - fraction));
  });
  const { gradient } = objective;
  const overU: Differentiable = {
    value: (u) => objective.value(toTheta(u)),
    gradient:
      gradient &&
      ((u) => {
        const dTheta = slope(u);
        return gradient(toTheta(u)).map((g, i) => g * dTheta[i]);
      }),
  };
  return toTheta(settle(overU, u0).x);
}

const pick = (values: readonly number[], indices: readonly number[]): number[] => indices.map((i) => values[i]);
const outside = (theta: readonly number[], box: LogParameterBox): number[] =>
  theta.flatMap((v, i) => (v >= box.lower[i] && v <= box.upper[i] ? [] : [i]));
const nearEdge = (theta: readonly number[], box: LogParameterBox): number[] =>
  theta.flatMap((v, i) => (v - box.lower[i] < NEAR_EDGE || box.upper[i] - v < NEAR_EDGE ? [i] : []));
const clamp = (v: number, i: number, box: LogParameterBox): number =>
  Number.isFinite(v) ? Math.min(Math.max(v, box.lower[i]), box.upper[i]) : nearestEdge(v, i, box);
const nearestEdge = (v: number, i: number, box: LogParameterBox): number =>
  v - box.lower[i] < box.upper[i] - v ? box.lower[i] : box.upper[i];
