/** A coloured label; the colour comes from a CSS variable such as --tier-gold. */
export function Badge({ label, colorVar }: { label: string; colorVar?: string }) {
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-slate-700">
      {colorVar && <span className="h-2 w-2 rounded-full" style={{ background: `var(${colorVar})` }} />}
      {label}
    </span>
  );
}
