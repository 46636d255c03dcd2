import { redirect } from "next/navigation";

import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { currentUser } from "@/lib/auth/current-user";
import { sameSitePath } from "@/lib/auth/return-path";
import { pageTitle } from "@/lib/i18n/page-title";
import { getLocale, getMessages } from "@/lib/i18n/server";

import { LoginForm } from "./login-form";

export const generateMetadata = pageTitle((t) => t.login.submit);

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await currentUser()) redirect(sameSitePath(callbackUrl));
  const [t, locale] = [await getMessages(), await getLocale()];
  const next = sameSitePath(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="mb-6">
          <div className="text-xl font-semibold">{t.app.name}</div>
          <div className="text-sm text-slate-500">{t.app.tagline}</div>
        </div>
        <h1 className="mb-4 text-lg font-medium">{t.login.title}</h1>
        <LoginForm labels={t.login} next={next} />
        <div className="mt-6 flex justify-end">
          <LocaleSwitcher locale={locale} label={t.nav.language} />
        </div>
      </div>
    </main>
  );
}
