import type { TrackingPoint } from "./tracking-chart";

/**
 * Whether the tracking series runs past the end of calibration, i.e. there is
 * a holdout to mark. Kept outside the client chart so the server page can ask
 * too and mention the marking line only when it is drawn.
 */
export function hasHoldout(points: readonly TrackingPoint[], calibrationEnd: number): boolean {
  return calibrationEnd < (points.at(-1)?.t ?? 0);
}
