"use client";

import { useEffect, useState } from "react";

import { LOCALE_COOKIE, messagesFor, isLocale } from "@/lib/i18n/locales";

/** Shows a generic message; the server already logged the error with its digest. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [t, setT] = useState(messagesFor("en"));
  useEffect(() => {
    const chosen = document.cookie.split("; ").find((c) => c.startsWith(`${LOCALE_COOKIE}=`))?.split("=")[1];
    if (isLocale(chosen)) setT(messagesFor(chosen));
  }, []);
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-800">{t.common.error}</h1>
      <p className="mt-1 text-sm text-red-700">{t.common.errorHint}</p>
      {error.digest && <p className="mt-1 font-mono text-xs text-red-500">{error.digest}</p>}
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-red-700 px-3 py-1.5 text-sm text-white">
        {t.common.retry}
      </button>
    </div>
  );
}
