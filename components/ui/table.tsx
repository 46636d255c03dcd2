/**
 * Plain table parts with the app's spacing; numbers align right in `Td numeric`
 * and never wrap, so "US$26.5万" stays on one line. `dense` narrows the cell
 * padding and drops the spaced capitals of headers, for tables that must fit
 * a half-width card (the tiers table at 1366 px).
 */
export function Table({ children, dense = false }: { children: React.ReactNode; dense?: boolean }) {
  return (
    <div className={`scroll-shadows overflow-x-auto ${dense ? "[&_td]:px-1.5 [&_th]:px-1.5 [&_th]:tracking-normal [&_th]:normal-case" : ""}`}>
      <table className="w-full border-collapse text-sm">{children}</table>
    </div>
  );
}

const heading = "border-b border-slate-200 px-3 py-2 text-xs font-semibold tracking-wide " +
  "break-keep text-slate-500 uppercase";

// break-keep: a Chinese heading breaks only where it has a space, as an English one does
// between words, so a narrow column never stacks 已存在 one character per line.
export function Th({ children, numeric = false }: { children?: React.ReactNode; numeric?: boolean }) {
  return (
    <th
      scope="col"
      className={`${heading} ${numeric ? "text-right" : "text-left"}`}
    >
      {children}
    </th>
  );
}

export function Td({ children, numeric = false }: { children?: React.ReactNode; numeric?: boolean }) {
  return (
    <td className={`border-b border-slate-100 px-3 py-2 ${numeric ? "tabular text-right whitespace-nowrap" : ""}`}>{children}</td>
  );
}
