import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { getDb } from "@/db";
import { requirePageRole } from "@/lib/auth/guards";
import { formatters } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/locales";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { resolveBaseCurrency } from "@/lib/metrics/as-of";
import { readSettings } from "@/lib/settings/read-settings";
import { listUsers } from "@/lib/users/manage-users";

import { CampaignSettingsForm } from "./campaign-settings-form";
import { AddUserForm, RoleSelect } from "./user-forms";

export const dynamic = "force-dynamic";
export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const me = await requirePageRole(["admin"]);
  const [t, locale] = [await getMessages(), await getLocale()];
  const f = formatters(locale);
  const db = getDb();
  const users = listUsers(db);
  const models = readSettings(db, "models");
  const general = readSettings(db, "general");
  return (
    <>
      <PageHeader title={t.settings.title} />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={t.settings.users}>
          <Table>
            <thead><tr><Th>{t.settings.email}</Th><Th>{t.settings.name}</Th><Th>{t.settings.role}</Th></tr></thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <Td>{user.email}</Td>
                  <Td>{user.name}</Td>
                  <Td><RoleSelect userId={user.id} role={user.role} roles={t.roles} t={t.settings} disabled={user.id === me.id} /></Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
        <Card title={t.settings.addUser}>
          <AddUserForm roles={t.roles} t={t.settings} />
        </Card>
        <Card title={t.campaigns.settings.title} className="xl:col-span-2">
          <CampaignSettingsForm values={readSettings(db, "campaigns")} t={t.campaigns.settings}
            currency={resolveBaseCurrency(db, general.baseCurrency)} />
        </Card>
        <Card title={t.settings.models} className="xl:col-span-2">
          <ul className="space-y-2 text-sm text-slate-700">
            <li>{t.structure.rfmDefinition}</li>
            <li>
              {fill(t.overview.definitions, {
                value: t.tierValue[models.tierValue],
                vip: f.percent(models.tierShares.vip),
                gold: f.percent(models.tierShares.gold),
                silver: f.percent(models.tierShares.silver),
                bronze: f.percent(models.tierShares.bronze),
              })}
            </li>
            <li>{fill(t.structure.lifecycleDefinition, { ...models.lifecycle, gap: models.lifecycle.gapMultiple })}</li>
            <li className="text-slate-500">{general.timeZone} · {general.phoneRegion} · {general.baseCurrency ?? "auto"}</li>
          </ul>
        </Card>
      </div>
    </>
  );
}
