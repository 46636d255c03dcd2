"use client";

import { useActionState } from "react";

import { keepBaseCurrency } from "@/lib/actions/keep-base-currency";
import { fill, type Messages } from "@/lib/i18n/locales";

/** The dry run's note that reports would move to the file's currency, and the button to keep them. */
export function KeepBaseCurrency({ moved, t }: {
  moved: { from: string; to: string };
  t: Messages["imports"];
}) {
  const [state, action, pending] = useActionState(keepBaseCurrency, null);
  return (
    <form action={action} data-testid="base-currency-moved"
      className="mt-3 rounded bg-amber-50 p-2 text-xs text-amber-900">
      <p>{fill(t.baseCurrencyWouldMove, moved)}</p>
      <input type="hidden" name="currency" value={moved.from} />
      {state?.ok ? (
        <p role="status" className="mt-1 font-medium text-emerald-800">
          {fill(t.baseCurrencyKept, moved)}
        </p>
      ) : (
        <button disabled={pending}
          className="mt-1 rounded bg-amber-900 px-2 py-1 text-white disabled:opacity-60">
          {fill(t.keepBaseCurrency, moved)}
        </button>
      )}
      {state && !state.ok && (
        <p role="alert" className="mt-1 text-red-700">
          {state.error === "busy" ? t.keepBaseCurrencyBusy : t.keepBaseCurrencyFailed}
        </p>
      )}
    </form>
  );
}
