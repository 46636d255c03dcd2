"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

import type { Messages } from "@/lib/i18n/locales";

export function LoginForm({ labels, next }: { labels: Messages["login"]; next: string }) {
  const [failed, setFailed] = useState(false);
  // Held here: a form action clears the form's fields, and a mistyped password should not cost
  // the email too.
  const [email, setEmail] = useState("");
  const [pending, setPending] = useState(false);

  async function submit(form: FormData) {
    setPending(true);
    setFailed(false);
    const result = await signIn("credentials", {
      email: String(form.get("email")),
      password: String(form.get("password")),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // A full navigation so every server component sees the new session cookie.
      window.location.assign(next);
      return;
    }
    setFailed(true);
    setPending(false);
  }

  return (
    <form action={submit} className="space-y-4">
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">{labels.email}</span>
        <input name="email" type="email" required autoComplete="username" value={email}
          onChange={(event) => setEmail(event.target.value)}
          className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">{labels.password}</span>
        <input name="password" type="password" required autoComplete="current-password"
          className="w-full rounded-md border border-slate-300 px-3 py-2" />
      </label>
      {failed && <p className="text-sm text-red-700" data-testid="login-error">{labels.failed}</p>}
      <button type="submit" disabled={pending}
        className="w-full rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-60">
        {labels.submit}
      </button>
      <p className="text-xs text-slate-500">{labels.hint}</p>
    </form>
  );
}
