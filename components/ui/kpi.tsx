export function Kpi({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="text-xs font-medium tracking-wide text-slate-500 uppercase">{label}</div>
      <div className={`tabular mt-1 font-semibold whitespace-nowrap text-slate-900 ${value.length > 9 ? "text-xl" : "text-2xl"}`}>
        {value}
      </div>
      {/* A hint that only repeats the value (an exact amount too small to compact) is left out. */}
      {hint && hint !== value && <div className="mt-1 text-xs text-slate-500">{hint}</div>}
    </div>
  );
}
