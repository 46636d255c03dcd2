"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

import { setLocale } from "@/lib/actions/set-locale";
import type { Locale } from "@/lib/i18n/locales";

const names: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

export function LocaleSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-xs text-slate-500">
      <span>{label}</span>
      <select
        aria-label={label}
        className="rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800"
        value={locale}
        disabled={pending}
        onChange={(event) =>
          startTransition(async () => {
            await setLocale(event.target.value);
            router.refresh();
          })
        }
      >
        {Object.entries(names).map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
