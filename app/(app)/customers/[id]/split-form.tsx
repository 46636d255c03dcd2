"use client";

import { useActionState } from "react";

import { ActionStatus } from "@/components/ui/action-status";
import { splitProfile, type SplitResult } from "@/lib/actions/split-profile";
import type { Messages } from "@/lib/i18n/locales";

/**
 * Wraps the identifiers table: its "move" checkboxes are this form's fields.
 * After a split the action opens the profile that kept the unticked side.
 */
export function SplitForm({ profileId, t, children }: {
  profileId: number;
  t: Messages["profile"]["split"];
  children: React.ReactNode;
}) {
  const [state, action, pending] = useActionState<SplitResult | null, FormData>(splitProfile, null);
  return (
    <form action={action}>
      <input type="hidden" name="profileId" value={profileId} />
      {children}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          disabled={pending}
          className="rounded-md border border-slate-300 px-3 py-2 text-sm text-slate-800 hover:bg-slate-100 disabled:opacity-60"
        >
          {t.submit}
        </button>
        {state && <ActionStatus ok={false} message={t.errors[state.error]} />}
        <span className="text-xs text-slate-500">{t.hint}</span>
      </div>
    </form>
  );
}
