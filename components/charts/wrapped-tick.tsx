import { wrapLabel } from "./wrap-label";

const FONT_SIZE = 12;
const LINE_HEIGHT = 14;

/**
 * A category axis tick wrapped to its band (Recharts hands a custom tick the axis width and how
 * many ticks share it), so long target names stack instead of running into each other.
 */
export function WrappedTick({ x, y, payload, width, visibleTicksCount }: {
  x?: number; y?: number; payload?: { value: unknown }; width?: number; visibleTicksCount?: number;
}) {
  const band = (width ?? 0) / Math.max(1, visibleTicksCount ?? 1);
  const lines = wrapLabel(String(payload?.value ?? ""), Math.max(band - 8, 40), FONT_SIZE);
  return (
    <text x={x} y={y} textAnchor="middle" fontSize={FONT_SIZE} fill="#475569">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={LINE_HEIGHT}>{line}</tspan>
      ))}
    </text>
  );
}

/** The axis height for labels of up to three lines. */
export const WRAPPED_TICK_HEIGHT = LINE_HEIGHT * 3 + 8;
