import { Sidebar } from "@/components/layout/sidebar";
import { requirePageRole } from "@/lib/auth/guards";
import { getLocale, getMessages } from "@/lib/i18n/server";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageRole();
  const [t, locale] = [await getMessages(), await getLocale()];
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <Sidebar t={t} locale={locale} user={user} />
      <main className="min-w-0 flex-1 p-4 md:p-8">{children}</main>
    </div>
  );
}
