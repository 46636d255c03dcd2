"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteCampaignDraft } from "@/lib/actions/delete-campaign";
import { fill, type Messages } from "@/lib/i18n/locales";

/** Deletes a draft after asking; the server checks who may. */
export function DeleteDraft({ campaign, t }: {
  campaign: { id: number; name: string };
  t: Messages["campaigns"];
}) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const keep = useCallback(() => setAsking(false), []);
  const remove = () => {
    setAsking(false);
    startTransition(async () => {
      const result = await deleteCampaignDraft(campaign.id);
      if (!result.ok) return setError(t.errors[result.error]);
      router.push("/campaigns");
    });
  };
  return (
    <span className="flex flex-col items-end gap-1">
      <button type="button" disabled={pending} onClick={() => setAsking(true)}
        className={"rounded-md border border-red-300 bg-white px-4 py-2 text-sm text-red-700 " +
          "disabled:opacity-60"}>
        {t.actions.deleteDraft}
      </button>
      {error && <span role="status" className="text-sm text-red-700">{error}</span>}
      {asking && (
        <ConfirmDialog danger title={fill(t.actions.deleteDraftTitle, { name: campaign.name })}
          body={t.actions.deleteDraftBody} confirm={t.actions.deleteDraft}
          cancel={t.actions.keepDraft}
          onConfirm={remove} onCancel={keep} />
      )}
    </span>
  );
}
