import Link from "next/link";

const box = "max-w-md rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm";

/** A whole page with one short message and the way back to the overview. */
export function NoticePage({ title, body, back }: { title: string; body: string; back: string }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className={box}>
        <h1 className="text-lg font-semibold">{title}</h1>
        <p className="mt-2 text-sm text-slate-600">{body}</p>
        <Link href="/" className="mt-4 inline-block text-sm text-indigo-700 hover:underline">
          {back}
        </Link>
      </div>
    </main>
  );
}
