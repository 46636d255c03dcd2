"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The value-structure pages as tabs; the current one is marked for the reader and for assistive tech. */
export function StructureTabs({ tabs, label }: { tabs: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label={label}
      className="mb-6 flex flex-wrap gap-1 border-b border-slate-200"
    >
      {tabs.map((tab) => {
        const active = pathname === tab.href;
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
              active
                ? "border-slate-900 text-slate-900"
                : "border-transparent text-slate-500 hover:text-slate-800"
            }`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
