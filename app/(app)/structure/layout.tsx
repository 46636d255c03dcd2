import { requirePageRole } from "@/lib/auth/guards";
import { getMessages } from "@/lib/i18n/server";

import { StructureTabs } from "./structure-tabs";

export default async function StructureLayout({ children }: { children: React.ReactNode }) {
  await requirePageRole();
  const t = await getMessages();
  const tabs = [
    { href: "/structure", label: t.structureTabs.overview },
    { href: "/structure/movement", label: t.structureTabs.movement },
    { href: "/structure/cohorts", label: t.structureTabs.cohorts },
    { href: "/structure/predictions", label: t.structureTabs.predictions },
  ];
  return (
    <>
      <StructureTabs tabs={tabs} label={t.nav.structure} />
      {children}
    </>
  );
}
