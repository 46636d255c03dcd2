/** The definitions a page uses, in one muted line under its content. */
/** `label` carries its own colon: "Definitions:", "口径：". */
export function Definitions({ label, lines }: { label: string; lines: string[] }) {
  return (
    <p className="mt-6 text-xs leading-relaxed text-slate-500" data-testid="definitions">
      <span className="font-semibold text-slate-600">{label} </span>
      {lines.join(" ")}
    </p>
  );
}
