import Link from "next/link";

import { fill, type Messages } from "@/lib/i18n/locales";

/** Previous and next links around "Page 2 of 5"; the page numbers come formatted for the locale. */
export function Pager({ page, pages, hrefFor, t, integer }: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  t: Messages["common"];
  integer: (n: number) => string;
}) {
  const link = "text-indigo-700 hover:underline";
  return (
    <nav className="mt-4 flex items-center justify-between text-sm" aria-label={t.pagination}>
      {page > 1
        ? <Link href={hrefFor(page - 1)} className={link}>← {t.previous}</Link>
        : <span />}
      <span className="text-slate-500">
        {fill(t.pageOf, { page: integer(page), pages: integer(pages) })}
      </span>
      {page < pages
        ? <Link href={hrefFor(page + 1)} className={link}>{t.next} →</Link>
        : <span />}
    </nav>
  );
}
