"use client";

import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { fill, type Messages } from "@/lib/i18n/locales";

type Props = {
  segment: { id: number; name: string };
  canChange: boolean;
  t: Messages["segmentExplorer"];
  /** Where to go after deleting (the list), or stay and refresh. */
  afterDelete?: string;
};

/** Duplicate (anyone) and delete (owner, manager or admin) through the segments API. */
export function SegmentActions({ segment, canChange, t, afterDelete }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [askingDelete, setAskingDelete] = useState(false);
  const keep = useCallback(() => setAskingDelete(false), []);

  async function duplicate() {
    const response = await fetch(`/api/segments/${segment.id}/duplicate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: fill(t.copyOf, { name: segment.name }).slice(0, 120) }),
    });
    if (!response.ok) return setError(t.errors.unknown);
    const { id } = (await response.json()) as { id: number };
    router.push(`/segments/${id}`);
  }

  async function remove() {
    setAskingDelete(false);
    const response = await fetch(`/api/segments/${segment.id}`, { method: "DELETE" });
    if (!response.ok)
      return setError(await refusal(response, t));
    if (afterDelete) router.push(afterDelete);
    router.refresh();
  }

  return (
    <span className="flex flex-wrap items-center gap-3 text-sm">
      <button type="button" onClick={duplicate} className="text-indigo-700 hover:underline">
        {t.actions.duplicate}
      </button>
      {canChange && (
        <button type="button" onClick={() => setAskingDelete(true)}
          className="text-red-700 hover:underline">
          {t.actions.delete}
        </button>
      )}
      {askingDelete && (
        <ConfirmDialog danger title={fill(t.deleteTitle, { name: segment.name })}
          body={t.deleteBody} confirm={t.actions.delete} cancel={t.keepSegment}
          onConfirm={() => void remove()} onCancel={keep} />
      )}
      {error && (
        <span role="status" className="text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}

/** Why the server kept the segment, in the reader's words. */
async function refusal(response: Response, t: Props["t"]): Promise<string> {
  if (response.status === 403) return t.errors.forbidden;
  if (response.status !== 409) return t.errors.unknown;
  const { campaigns } = (await response.json()) as { campaigns: { name: string }[] };
  return fill(t.errors.inUse, { campaigns: campaigns.map((c) => `“${c.name}”`).join(", ") });
}
