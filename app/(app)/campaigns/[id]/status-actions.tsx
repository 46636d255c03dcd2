"use client";

import { startTransition, useActionState, useCallback, useRef, useState } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";

import { changeCampaignStatus } from "@/lib/actions/change-campaign-status";
import type { CampaignAction } from "@/lib/campaigns/status-flow";
import type { Messages } from "@/lib/i18n/locales";

const primary: CampaignAction[] = ["submit", "approve", "launch"];

/** The status buttons this user's role allows; the server checks the role again on every click. */
export function StatusActions({ campaignId, actions, t }: {
  campaignId: number;
  actions: CampaignAction[];
  t: Messages["campaigns"];
}) {
  const [state, action, pending] = useActionState(changeCampaignStatus, null);
  const form = useRef<HTMLFormElement>(null);
  // Launching freezes the audience: asked first, and sent with the form's fields once confirmed.
  const [askingLaunch, setAskingLaunch] = useState(false);
  const notYet = useCallback(() => setAskingLaunch(false), []);
  const launch = () => {
    setAskingLaunch(false);
    const data = new FormData(form.current!);
    data.set("action", "launch");
    startTransition(() => action(data));
  };
  if (actions.length === 0) return null;
  return (
    <form ref={form} action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="campaignId" value={campaignId} />
      {actions.includes("reject") && (
        <label className="text-xs text-slate-600">
          <span className="mb-1 block">{t.actions.rejectNote}</span>
          <input name="note" maxLength={500}
            className="w-56 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        </label>
      )}
      {actions.map((name) => (
        <button key={name} name="action" value={name} disabled={pending}
          onClick={(event) => {
            if (name !== "launch") return;
            event.preventDefault();
            setAskingLaunch(true);
          }}
          className={primary.includes(name)
            ? "rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60"
            : "rounded-md border border-slate-300 bg-white px-4 py-2 text-sm disabled:opacity-60"}>
          {t.actions[name]}
        </button>
      ))}
      {state && !state.ok && (
        <p role="status" className="w-full text-sm text-red-700">{t.errors[state.error]}</p>
      )}
      {askingLaunch && (
        <ConfirmDialog title={t.actions.launchTitle} body={t.actions.confirmLaunch}
          confirm={t.actions.launch} cancel={t.actions.notYet} onConfirm={launch}
          onCancel={notYet} />
      )}
    </form>
  );
}
