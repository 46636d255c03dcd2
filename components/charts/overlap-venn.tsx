import Link from "next/link";

type Region = { mask: number; customers: number };

// Circle centres (in a 320×240 box) and where each region's count sits, for two and three sets.
const layouts = {
  2: {
    circles: [
      [120, 120],
      [200, 120],
    ],
    radius: 80,
    spots: { 1: [85, 120], 2: [235, 120], 3: [160, 120] },
  },
  3: {
    circles: [
      [125, 95],
      [195, 95],
      [160, 155],
    ],
    radius: 72,
    spots: {
      1: [95, 80],
      2: [225, 80],
      4: [160, 195],
      3: [160, 70],
      5: [120, 145],
      6: [200, 145],
      7: [160, 115],
    },
  },
} as const;

/**
 * A Venn diagram of two or three segments with each region's count; each
 * count links to the customers of that region. Four segments use the
 * region table instead (four circles cannot show all 15 regions).
 */
export function OverlapVenn({
  names,
  regions,
  format,
  regionHref,
}: {
  names: string[];
  regions: Region[];
  format: (n: number) => string;
  regionHref: (mask: number) => string;
}) {
  if (names.length !== 2 && names.length !== 3) return null;
  const layout = layouts[names.length];
  const counts = new Map(regions.map((r) => [r.mask, r.customers]));
  return (
    <svg
      viewBox="0 0 320 240"
      className="h-64 w-full max-w-md"
      role="img"
      aria-label={names.join(" · ")}
    >
      {layout.circles.map(([x, y], i) => (
        <circle
          key={i}
          cx={x}
          cy={y}
          r={layout.radius}
          fill={`var(--overlap-${i + 1})`}
          fillOpacity={0.18}
          stroke={`var(--overlap-${i + 1})`}
          strokeWidth={2}
        />
      ))}
      {Object.entries(layout.spots).map(([mask, [x, y]]) => (
        <Link key={mask} href={regionHref(Number(mask))}>
          <text
            x={x}
            y={y}
            textAnchor="middle"
            dominantBaseline="middle"
            fontSize={13}
            fontWeight={600}
            fill="#0f172a"
            className="hover:underline"
          >
            {format(counts.get(Number(mask)) ?? 0)}
          </text>
        </Link>
      ))}
    </svg>
  );
}
