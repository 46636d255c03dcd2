"use client";

import { useId } from "react";

import { useCancelButton } from "./use-cancel-button";

type ConfirmDialogProps = {
  title: string;
  body: string;
  /** The button that goes ahead, named for what it does ("Launch", "Delete"). */
  confirm: string;
  cancel: string;
  /** Red for a step that destroys something (a deletion), rather than one that commits to it. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before a step that cannot be taken back, in the page's own language and look (a browser's
 * confirm() box is neither). Not doing it is the default: the first button has the focus, and
 * Escape or a click beside the box cancels.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { title, body, confirm, cancel, danger = false, onConfirm, onCancel } = props;
  const titleId = useId();
  const keep = useCancelButton(onCancel);

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4"
      onClick={(event) => event.target === event.currentTarget && onCancel()}>
      <div role="dialog" aria-modal="true" aria-labelledby={titleId}
        className="w-full max-w-md rounded-lg bg-white p-5 text-sm text-slate-800 shadow-xl">
        <h2 id={titleId} className="text-base font-semibold">{title}</h2>
        <p className="mt-2">{body}</p>
        <div className="mt-4 flex justify-end gap-2">
          <button ref={keep} type="button" onClick={onCancel}
            className="rounded border border-slate-300 px-3 py-1.5">{cancel}</button>
          <button type="button" onClick={onConfirm}
            className={"rounded px-3 py-1.5 font-medium text-white " +
              (danger ? "bg-red-700 hover:bg-red-800" : "bg-slate-900 hover:bg-slate-700")}>
            {confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
