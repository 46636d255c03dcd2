import Link from "next/link";

/** A small set of links that switch one view of a card, the current one highlighted. */
export function ToggleLinks({ options }: { options: { href: string; label: string; active: boolean }[] }) {
  return (
    <div className="flex gap-1">
      {options.map((option) => (
        <Link
          key={option.href}
          href={option.href}
          aria-current={option.active ? "true" : undefined}
          className={`rounded-md px-2 py-1 text-xs ${
            option.active ? "bg-slate-900 text-white" : "text-slate-600 hover:bg-slate-100"
          }`}
        >
          {option.label}
        </Link>
      ))}
    </div>
  );
}
