import type { Role } from "@/db/schema/users";
import type { Locale, Messages } from "@/lib/i18n/locales";

import { LocaleSwitcher } from "./locale-switcher";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

type Props = {
  t: Messages;
  locale: Locale;
  user: { email: string; name: string; role: Role };
};

export function Sidebar({ t, locale, user }: Props) {
  const links = [
    { href: "/", label: t.nav.overview },
    { href: "/structure", label: t.nav.structure },
    { href: "/customers", label: t.nav.customers },
    { href: "/segments", label: t.nav.segments },
    { href: "/campaigns", label: t.nav.campaigns },
    ...(user.role === "marketer" ? [] : [{ href: "/identity", label: t.nav.identity }]),
    ...(user.role === "admin"
      ? [
          { href: "/imports", label: t.nav.imports },
          { href: "/settings", label: t.nav.settings },
        ]
      : []),
  ];
  return (
    <aside className="flex w-full flex-col gap-6 border-b border-slate-200 bg-white p-4 md:sticky md:top-0 md:h-screen md:w-60 md:shrink-0 md:border-r md:border-b-0">
      <div>
        <div className="text-lg font-semibold tracking-tight">{t.app.name}</div>
        <div className="text-xs text-slate-500">{t.app.tagline}</div>
      </div>
      <nav aria-label={t.nav.main} className="flex flex-row flex-wrap gap-1 md:flex-col">
        {links.map((link) => (
          <NavLink key={link.href} href={link.href}>
            {link.label}
          </NavLink>
        ))}
      </nav>
      <div className="mt-auto space-y-3 border-t border-slate-200 pt-4">
        <div className="text-sm">
          <div className="truncate font-medium" title={user.email}>
            {user.name || user.email}
          </div>
          <div className="text-xs text-slate-500">{t.roles[user.role]}</div>
        </div>
        <LocaleSwitcher locale={locale} label={t.nav.language} />
        <SignOutButton label={t.nav.signOut} />
      </div>
    </aside>
  );
}
