import Link from "next/link";

import { getMessages } from "@/lib/i18n/server";

/** Any address with nothing behind it, in the reader's language (Next's own page is English only). */
export default async function NotFoundPage() {
  const t = await getMessages();
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <h1 className="text-lg font-semibold">{t.notFound.title}</h1>
        <p className="mt-2 text-sm text-slate-600">{t.notFound.body}</p>
        <Link href="/" className="mt-4 inline-block text-sm text-indigo-700 hover:underline">{t.notFound.back}</Link>
      </div>
    </main>
  );
}
