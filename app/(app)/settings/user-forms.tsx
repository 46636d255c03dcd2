"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";

import { keptSubmit } from "@/components/forms/kept-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { addUser } from "@/lib/actions/add-user";
import { changeUserRole } from "@/lib/actions/change-user-role";
import { resetUserPassword } from "@/lib/actions/reset-user-password";
import { changeUserAccess } from "@/lib/actions/set-user-access";
import { fill, type Messages } from "@/lib/i18n/locales";
import type { UserActionResult as ActionResult } from "@/lib/users/user-action";

type Labels = Messages["settings"];
type RoleLabels = Messages["roles"];

function Feedback({ state, t, success }: { state: ActionResult | null; t: Labels; success: string }) {
  if (!state) return null;
  if (state.ok) return <p role="status" className="text-sm text-emerald-700">{success}</p>;
  const message = state.error === "unknown" ? "" : t.errors[state.error];
  return <p role="status" className="text-sm text-red-700">{message || "—"}</p>;
}

export function AddUserForm({ roles, t }: { roles: RoleLabels; t: Labels }) {
  const [state, action, pending] = useActionState(addUser, null);
  // Emptied once the user is added, for the next; a refused one keeps what was typed.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} onSubmit={keptSubmit(action)} className="grid grid-cols-1 gap-3 md:grid-cols-2">
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{t.email}</span>
        <input name="email" type="email" required className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{t.name}</span>
        <input name="name" className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{t.role}</span>
        <select name="role" defaultValue="marketer" className="w-full rounded-md border border-slate-300 px-2 py-2">
          {Object.entries(roles).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </label>
      <label className="text-sm">
        <span className="mb-1 block text-slate-700">{t.password}</span>
        <input name="password" type="password" required minLength={8} autoComplete="new-password"
          className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <div className="flex items-center gap-3 md:col-span-2">
        <button disabled={pending} className="rounded-md bg-slate-900 px-4 py-2 text-sm text-white disabled:opacity-60">{t.add}</button>
        <Feedback state={state} t={t} success={t.added} />
      </div>
    </form>
  );
}

export function RoleSelect({ userId, role, roles, t, disabled }: {
  userId: number;
  role: string;
  roles: RoleLabels;
  t: Labels;
  disabled: boolean;
}) {
  const [state, action, pending] = useActionState(changeUserRole, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} disabled={disabled || pending} aria-label={t.changeRole}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm">
        {Object.entries(roles).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
      <Feedback state={state} t={t} success={t.roleChanged} />
    </form>
  );
}

/** Removes a user's access after asking, or gives it back; the server refuses one's own. */
export function AccessButton({ user, t }: {
  user: { id: number; email: string; disabledAt: string | null };
  t: Labels;
}) {
  const [state, action, pending] = useActionState(changeUserAccess, null);
  const [asking, setAsking] = useState(false);
  const keep = useCallback(() => setAsking(false), []);
  const form = useRef<HTMLFormElement>(null);
  const active = user.disabledAt === null;
  return (
    <form ref={form} action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="active" value={String(!active)} />
      <button type={active ? "button" : "submit"} disabled={pending}
        onClick={active ? () => setAsking(true) : undefined}
        className={`whitespace-nowrap rounded-md border px-2 py-1 text-xs disabled:opacity-60 ${
          active ? "border-red-300 text-red-700" : "border-slate-300 text-slate-700"}`}>
        {active ? t.removeAccess : t.restoreAccess}
      </button>
      <Feedback state={state} t={t} success={t.accessChanged} />
      {asking && (
        <ConfirmDialog danger title={fill(t.removeAccessTitle, { email: user.email })}
          body={t.removeAccessBody} confirm={t.removeAccess} cancel={t.keepAccess} onCancel={keep}
          onConfirm={() => {
            setAsking(false);
            form.current?.requestSubmit();
          }} />
      )}
    </form>
  );
}

/** A new password for a user who forgot theirs, set by an admin. */
export function PasswordReset({ userId, t }: { userId: number; t: Labels }) {
  const [state, action, pending] = useActionState(resetUserPassword, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <details className="text-xs">
      <summary className="cursor-pointer whitespace-nowrap text-indigo-700">
        {t.resetPassword}
      </summary>
      <form ref={form} action={action} className="mt-1 flex flex-wrap items-center gap-2">
        <input type="hidden" name="userId" value={userId} />
        <input name="password" type="password" required minLength={8} autoComplete="new-password"
          aria-label={t.newPassword} placeholder={t.newPassword}
          className="w-40 rounded-md border border-slate-300 px-2 py-1" />
        <button disabled={pending}
          className="rounded-md border border-slate-300 px-2 py-1 disabled:opacity-60">
          {t.setPassword}
        </button>
        <Feedback state={state} t={t} success={t.passwordSet} />
      </form>
    </details>
  );
}
