"use client";

import { useActionState } from "react";

import { ActionStatus } from "@/components/ui/action-status";
import { mergeProfiles, type MergeResult } from "@/lib/actions/merge-profiles";
import type { Messages } from "@/lib/i18n/locales";

/** Names another profile to merge into this one; the action then opens the merged profile. */
export function MergeForm({ profileId, t }: { profileId: number; t: Messages["profile"]["merge"] }) {
  const [state, action, pending] = useActionState<MergeResult | null, FormData>(mergeProfiles, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="profileId" value={profileId} />
      <label className="block text-sm">
        <span className="mb-1 block text-slate-700">{t.target}</span>
        <input name="target" required className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button disabled={pending} className="rounded-md bg-slate-900 px-3 py-2 text-sm text-white disabled:opacity-60">
          {t.submit}
        </button>
        {state && <ActionStatus ok={false} message={t.errors[state.error]} />}
      </div>
      <p className="text-xs text-slate-500">{t.hint}</p>
    </form>
  );
}
